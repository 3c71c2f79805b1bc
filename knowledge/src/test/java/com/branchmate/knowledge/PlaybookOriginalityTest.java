package com.branchmate.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The built-in playbook is written in our own words: no run of 12 characters (punctuation and spaces ignored) is
 * shared with the seed documents it was conceived from. Runs where ../shared exists.
 */
class PlaybookOriginalityTest {

    private static final int RUN = 12;

    @Test
    void noPlaybookFileSharesARunOfTwelveCharactersWithTheSeeds() throws IOException {
        Path shared = SharedFolder.find().orElse(null);
        assumeTrue(shared != null, "../shared not found: skipping the playbook originality check");
        Set<String> seedRuns = new HashSet<>();
        try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
            for (Path seed : seeds.toList()) {
                String text = normalized(Files.readString(seed));
                for (int i = 0; i + RUN <= text.length(); i++) {
                    seedRuns.add(text.substring(i, i + RUN));
                }
            }
        }
        List<String> copied = new ArrayList<>();
        for (String file : read("playbook/index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String text = normalized(read("playbook/" + file));
            assertThat(text.length()).as(file).isGreaterThan(500);
            for (int i = 0; i + RUN <= text.length(); i++) {
                if (seedRuns.contains(text.substring(i, i + RUN))) {
                    copied.add(file + ": " + text.substring(i, i + RUN));
                }
            }
        }
        assertThat(copied).isEmpty();
    }

    private static String normalized(String text) {
        return text.replaceAll("[\\s\\p{P}\\p{S}_]+", "");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PlaybookOriginalityTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
