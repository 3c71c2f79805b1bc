package com.branchmate.bot.conversation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.branchmate.extraction.rules.RuleExtractor;
import com.branchmate.knowledge.embedding.BgeSmallZhEmbedder;
import com.branchmate.knowledge.embedding.Embedder;

/**
 * Trains the intent model on the shipped examples and writes src/main/resources/conversation/intent-model.bin. Run
 * after editing the examples or the features (IntentModelFileTest fails until then):
 *
 * <pre>./mvnw -q -pl bot -am test-compile exec:java -Dexec.mainClass=com.branchmate.bot.conversation.IntentModelWriter -Dexec.classpathScope=test</pre>
 */
public final class IntentModelWriter {

    private IntentModelWriter() {
    }

    public static void main(String[] args) throws IOException {
        Embedder embedder = BgeSmallZhEmbedder.shared();
        RuleExtractor rules = new RuleExtractor();
        IntentClassifier classifier = new IntentClassifier(embedder, new IntentFeatures(rules::extract),
                IntentClassifier.shippedExamples(), IntentClassifier.Settings.DEFAULT);
        // Run from the repository root (exec:java with -pl bot) or from the module.
        Path resources = Files.isDirectory(Path.of("bot/src/main/resources"))
                ? Path.of("bot/src/main/resources") : Path.of("src/main/resources");
        Path out = resources.resolve(IntentModelFile.RESOURCE.substring(1));
        try (OutputStream file = Files.newOutputStream(out)) {
            IntentModelFile.write(file, IntentModelFile.Stamp.current(embedder.modelName()), classifier.trainedModel());
        }
        System.out.printf("Wrote the intent model (%d examples, features v%d, %s) to %s%n",
                IntentClassifier.shippedExamples().size(), IntentFeatures.VERSION, embedder.modelName(), out);
    }
}
