package com.branchmate.extraction;

import java.time.LocalDate;

import com.branchmate.extraction.rules.RuleExtractor;
import java.util.List;

/** One test sentence read as a note written on a fixed Wednesday, and the facts it gives a person. */
final class NoteProbe {

    /** A Wednesday: 2026-05-13. */
    static final LocalDate DAY = LocalDate.parse("2026-05-13");
    private static final RuleExtractor EXTRACTOR = new RuleExtractor();

    private NoteProbe() {
    }

    static Extraction read(String text) {
        return EXTRACTOR.extract(text, DAY);
    }

    static Extraction read(String text, LocalDate writtenOn) {
        return EXTRACTOR.extract(text, writtenOn);
    }

    static List<ExtractedFact> facts(String text, String name) {
        Extraction e = read(text);
        return e.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + e.people())).facts();
    }

    static List<String> values(String text, String name, String key) {
        return facts(text, name).stream().filter(f -> f.key().equals(key)).map(ExtractedFact::value).toList();
    }
}
