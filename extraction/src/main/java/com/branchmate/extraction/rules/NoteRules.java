package com.branchmate.extraction.rules;

import com.branchmate.extraction.BranchRef;
import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.extraction.mentions.PeopleFinder;
import com.branchmate.extraction.vocabulary.Lexicon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fact rules over one reading of a note: the branch and the people first (bank and branch names hold no
 * person), then what can stand anywhere (phones, WeChat ids, amounts, ages), then each clause in order, each fact
 * going to the person named last before it. Immutable and shared; all per-note state lives in a {@link Reading}.
 */
public final class NoteRules {

    private final Lexicon lexicon;
    private final DateResolver dates;
    private final Branches branches;
    private final PeopleFinder.Patterns peoplePatterns;

    public NoteRules(Lexicon lexicon, DateResolver dates) {
        this.lexicon = lexicon;
        this.dates = dates;
        this.branches = new Branches(lexicon);
        this.peoplePatterns = new PeopleFinder.Patterns(lexicon);
    }

    /** What the text says, read against the reference date. The text is already normalised. */
    public Extraction read(String text, LocalDate referenceDate) {
        Reading r = new Reading(text, referenceDate, lexicon, dates);
        List<int[]> blocked = new ArrayList<>();
        BranchRef branch = branches.find(text, blocked);
        r.names = blocked;
        r.finder = new PeopleFinder(lexicon, peoplePatterns, text, r.words, blocked);
        r.finder.find();
        r.splitClauses();
        Contacts.findPhones(r);
        Contacts.findWechat(r);
        Amounts.findAmounts(r);
        Amounts.findAges(r);
        for (int i = 0; i < r.clauses.size(); i++) {
            ClauseReader.readClause(r, i);
        }
        return Assembler.assemble(r, branch);
    }
}
