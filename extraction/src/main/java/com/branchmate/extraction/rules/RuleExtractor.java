package com.branchmate.extraction.rules;

import com.branchmate.extraction.BranchRef;
import com.branchmate.extraction.ExtractedFact;
import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.ExtractedTask;
import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.NoteExtractor;
import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.extraction.text.NormalizedText;
import com.branchmate.extraction.vocabulary.Lexicon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline extractor: HanLP word boundaries, our dictionaries under {@code classpath:extraction/} and rules.
 * It reads a note clause by clause; each fact goes to the person named last before it (他/她 included), which is
 * how managers write ("王行长下周三过生日，喜欢喝普洱"). The rules themselves are in {@link NoteRules}; this class cuts and
 * normalises the text and gives names and free text back as written. Thread-safe: all per-note state lives in local
 * objects.
 */
public class RuleExtractor implements NoteExtractor {

    private static final Logger log = LoggerFactory.getLogger(RuleExtractor.class);

    private final NoteRules rules;

    public RuleExtractor() {
        this(new DateResolver());
    }

    public RuleExtractor(DateResolver dates) {
        this.rules = new NoteRules(Lexicon.load(), dates);
    }

    @Override
    public Extraction extract(String text, LocalDate referenceDate) {
        if (text == null || text.isBlank() || referenceDate == null) {
            return Extraction.empty();
        }
        try {
            String cut = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
            // Rules read the normalised text (simplified, half-width, fillers out, digit groups joined, vocabulary
            // mistyped by sound repaired); names and free text are given back as written (鄧詠琪, 華僑城支行).
            NormalizedText reading = NormalizedText.of(cut).repairedBySound();
            return asWritten(rules.read(reading.text(), referenceDate), reading);
        } catch (RuntimeException | StackOverflowError e) {
            // a rule bug must not lose the note; the manager still has the text
            log.warn("rule extraction failed: {}", e.getClass().getSimpleName());
            return Extraction.empty();
        }
    }

    /** The same extraction with each span read in {@code read} replaced by the characters of {@code written}. */
    private static Extraction asWritten(Extraction e, NormalizedText reading) {
        BranchRef branch = e.branch() == null ? null
                : new BranchRef(e.branch().bank(), span(e.branch().name(), reading));
        List<ExtractedPerson> people = new ArrayList<>();
        for (ExtractedPerson p : e.people()) {
            List<ExtractedFact> facts = new ArrayList<>();
            for (ExtractedFact f : p.facts()) {
                boolean freeText = FactKey.isFreeText(f.key());
                facts.add(new ExtractedFact(f.key(), freeText ? span(f.value(), reading) : f.value(),
                        span(f.note(), reading)));
            }
            people.add(new ExtractedPerson(span(p.name(), reading), span(p.title(), reading), p.kind(),
                    facts));
        }
        List<ExtractedTask> tasks = new ArrayList<>();
        for (ExtractedTask t : e.tasks()) {
            tasks.add(new ExtractedTask(t.due(), span(t.person(), reading), span(t.content(), reading)));
        }
        return new Extraction(branch, people, tasks);
    }

    private static String span(String value, NormalizedText reading) {
        int at = value == null || value.isEmpty() ? -1 : reading.text().indexOf(value);
        return at < 0 ? value : reading.originalSpan(at, at + value.length());
    }
}
