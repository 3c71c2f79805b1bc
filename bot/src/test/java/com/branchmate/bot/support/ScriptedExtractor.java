package com.branchmate.bot.support;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.NoteExtractor;

/** An extractor that answers what a test told it to, so persistence is tested apart from extraction quality. */
public class ScriptedExtractor implements NoteExtractor {

    private final Map<String, Extraction> answers = new ConcurrentHashMap<>();

    public void answer(String text, Extraction extraction) {
        answers.put(text, extraction);
    }

    @Override
    public Extraction extract(String text, LocalDate referenceDate) {
        return answers.getOrDefault(text, Extraction.empty());
    }
}
