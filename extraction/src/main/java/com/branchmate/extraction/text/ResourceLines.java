package com.branchmate.extraction.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word-list resource of the classpath: its lines, stripped, without blank lines and {@code #} comments. The
 * one reader of every list the extractor keeps as data (dictionaries, cue words, fillers).
 */
public final class ResourceLines {

    private ResourceLines() {
    }

    /** The lines of {@code path} (from the classpath root, e.g. {@code extraction/cues.txt}); fails when missing. */
    public static List<String> read(String path) {
        try (InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line.strip());
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
