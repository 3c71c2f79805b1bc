package com.branchmate.bot.notes.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.branchmate.bot.support.FakeOpenAiServer;
import com.branchmate.extraction.DevSet;
import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.ExtractionScorer;
import com.branchmate.extraction.NoteExtractor;

/**
 * Recorded model answers (our own notes, in the styles real providers answer: a think block full of braces, a fenced
 * block, prose around bare JSON) replayed through the local fake: the prompt, the parser and the validation are
 * measured together, without a network.
 */
class LlmReplayTest {

    @Test
    void recordedAnswersBecomeTheGoldFacts() throws Exception {
        Path file = resource("llm/replay-notes.jsonl");
        List<DevSet.Example> notes = DevSet.load(file);
        AtomicInteger fellBack = new AtomicInteger();
        NoteExtractor counting = (text, date) -> {
            fellBack.incrementAndGet();
            return Extraction.empty();
        };
        ExtractionScorer scorer = new ExtractionScorer();
        try (FakeOpenAiServer server = new FakeOpenAiServer().answeringBy(LlmExtractionBenchmark.replaying(file))) {
            LlmExtractor extractor = new LlmExtractor(
                    new LlmExtractor.Settings(server.baseUrl(), "key", "replay", Duration.ofSeconds(5)), counting);
            for (DevSet.Example note : notes) {
                scorer.add(extractor.extract(note.text(), note.referenceDate()), note.gold());
            }
        }

        System.out.print(scorer.report());
        assertThat(fellBack.get()).isZero();
        assertThat(scorer.overall().f1()).isGreaterThanOrEqualTo(0.95);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LlmReplayTest.class.getClassLoader().getResource(name).toURI());
    }
}
