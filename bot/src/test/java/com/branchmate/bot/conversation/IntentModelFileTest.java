package com.branchmate.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.branchmate.bot.intents.Intent;
import com.branchmate.knowledge.embedding.BgeSmallZhEmbedder;

/**
 * The shipped intent model is what the bot would train now: made from the shipped examples as they are, by the
 * current features and embedding model, and it decides those examples as labelled.
 */
class IntentModelFileTest {

    private static final String STALE = "the shipped intent model is stale; regenerate it with: " + IntentModelFile.REGENERATE;

    @Test
    void shippedModelWasTrainedFromTheCurrentExamplesFeaturesAndEmbeddingModel() {
        var shipped = IntentModelFile.shipped();
        assertThat(shipped).as(IntentModelFile.RESOURCE + " is missing; write it with: " + IntentModelFile.REGENERATE)
                .isPresent();
        assertThat(shipped.get().stamp()).as(STALE)
                .isEqualTo(IntentModelFile.Stamp.current(BgeSmallZhEmbedder.shared().modelName()));
    }

    /** Catches a change to the features that forgot to bump IntentFeatures.VERSION. */
    @Test
    void shippedModelDecidesTheExamplesAsLabelled() {
        IntentClassifier shared = IntentClassifier.shared();
        List<IntentClassifier.Example> examples = IntentClassifier.shippedExamples();
        List<IntentClassifier.Example> sample = IntStream.range(0, examples.size()).filter(i -> i % 10 == 0)
                .mapToObj(examples::get).toList();
        long right = sample.stream()
                .filter(e -> shared.decide(e.text(), LocalDate.of(2026, 3, 2)).intent() == e.intent()).count();
        assertThat((double) right / sample.size()).as(STALE + " (or IntentFeatures.VERSION was not bumped)")
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aWrittenModelReadsBackWithItsStampAndDecidesAlike() throws IOException {
        List<SoftmaxRegression.Features> xs = List.of(
                new SoftmaxRegression.Features(new float[] {1, 0}, new int[] {3}),
                new SoftmaxRegression.Features(new float[] {0, 1}, new int[] {5}));
        SoftmaxRegression model = SoftmaxRegression.train(xs, new int[] {0, 1}, Intent.values().length, 8, 1e-4, 50, 0.05);
        IntentModelFile.Stamp stamp = IntentModelFile.Stamp.current("test-embedder");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IntentModelFile.write(out, stamp, model);
        IntentModelFile.Shipped read = IntentModelFile.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(read.stamp()).isEqualTo(stamp);
        for (SoftmaxRegression.Features x : xs) {
            double[] expected = model.probabilities(x);
            double[] actual = read.model().probabilities(x);
            IntStream.range(0, expected.length).forEach(c -> assertThat(actual[c]).isCloseTo(expected[c], offset(1e-5)));
        }
        assertThat(read.model().probabilities(xs.get(0))[0]).isGreaterThan(0.5);
    }
}
