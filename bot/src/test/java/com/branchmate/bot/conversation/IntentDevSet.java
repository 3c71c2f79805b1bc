package com.branchmate.bot.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.CRC32;

import com.branchmate.bot.intents.Intent;
import com.branchmate.extraction.SharedFolder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The labelled chat messages of {@code shared/eval/intents-dev.jsonl}, split once by a hash of their id: three in ten
 * are held out (never shipped, never tuned on, only measured), the rest may be shipped as training examples.
 */
final class IntentDevSet {

    record Labelled(String id, String text, Intent intent) {
        boolean heldOut() {
            CRC32 crc = new CRC32();
            crc.update(id.getBytes(StandardCharsets.UTF_8));
            return crc.getValue() % 10 < 3;
        }
    }

    private IntentDevSet() {
    }

    static Optional<Path> file() {
        return SharedFolder.evalFile("intents-dev.jsonl");
    }

    static List<Labelled> load(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<Labelled> all = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    all.add(new Labelled(node.get("id").asString(), node.get("text").asString(),
                            Intent.valueOf(node.get("intent").asString())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** Accuracy per intent, overall, and how many non-notes the bot would save as notes. */
    record Score(Map<Intent, int[]> perIntent, int correct, int total, int nonNotesAsNotes, List<String> misses) {

        static Score of(List<Labelled> examples, Function<Labelled, Intent> decide) {
            Map<Intent, int[]> per = new EnumMap<>(Intent.class);
            int correct = 0;
            int nonNotes = 0;
            List<String> misses = new ArrayList<>();
            for (Labelled example : examples) {
                Intent got = decide.apply(example);
                int[] counts = per.computeIfAbsent(example.intent(), k -> new int[2]);
                counts[1]++;
                if (got == example.intent()) {
                    counts[0]++;
                    correct++;
                } else {
                    misses.add(example.id() + " " + example.intent() + " -> " + got + " : " + example.text());
                    if (got == Intent.NOTE) {
                        nonNotes++;
                    }
                }
            }
            return new Score(per, correct, examples.size(), nonNotes, misses);
        }

        double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }

        String table(String title) {
            StringBuilder out = new StringBuilder(title).append('\n');
            out.append(String.format("%-18s %8s %8s%n", "intent", "right", "acc"));
            perIntent.forEach((intent, c) -> out.append(String.format("%-18s %4d/%-3d %8.3f%n", intent, c[0], c[1],
                    (double) c[0] / c[1])));
            out.append(String.format("%-18s %4d/%-3d %8.3f%n", "overall", correct, total, accuracy()));
            out.append("non-notes saved as notes: ").append(nonNotesAsNotes).append('\n');
            return out.toString();
        }
    }
}
