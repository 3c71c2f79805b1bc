package com.branchmate.extraction.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Full bank names from what people type (建行 → 建设银行), from the same dictionary the extractor reads. */
public final class BankNames {

    private static final Map<String, String> FULL_NAMES = load();

    private BankNames() {
    }

    /** The stored full name, or the input trimmed when it is not a known alias (农商行 stays as written). */
    public static String fullName(String typed) {
        if (typed == null) {
            return null;
        }
        String name = typed.strip();
        return FULL_NAMES.getOrDefault(name, name);
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = BankNames.class.getResourceAsStream("/extraction/banks.txt")) {
            if (in == null) {
                return names;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                int eq = l.indexOf('=');
                if (l.isEmpty() || l.startsWith("#") || eq <= 0) {
                    continue;
                }
                names.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read extraction/banks.txt", e);
        }
        return names;
    }
}
