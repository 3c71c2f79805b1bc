package com.branchmate.extraction.rules;

import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.extraction.mentions.PeopleFinder;
import com.branchmate.extraction.rules.Reading.Clause;

import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.extraction.vocabulary.PersonKind;

import java.util.List;

/** Runs the clause rules over one clause in their order: a correction first, then dates, people and holdings, a task, and a note when nothing else was found. */
final class ClauseReader {

    private ClauseReader() {
    }

    static void readClause(Reading r, int index) {
        Clause c = r.clauses.get(index);
        String s = c.text();
        List<DateResolver.DateMention> clauseDates = r.datesIn(c);
        int before = r.facts.size();

        if (r.lexicon.hasCue("correction", s) && !clauseDates.isEmpty() && DateFacts.correctDate(r, c, clauseDates.get(0))) {
            return;
        }
        DateFacts.dateFacts(r, index, c, clauseDates);
        StaffFacts.standaloneRole(r, c);
        StaffFacts.previousBranch(r, c);
        boolean family = Descriptions.family(r, c, clauseDates);
        Descriptions.hobby(r, c);
        if (!family) {
            Descriptions.personality(r, c);
        }
        // guards itself against a family member's trade, so a long dictated clause with both keeps both
        Descriptions.occupation(r, c);
        List<int[]> interestSpans = Holdings.interest(r, c);
        Holdings.product(r, c, interestSpans);
        Holdings.risk(r, c);
        Holdings.stage(r, c);
        boolean task = Tasks.task(r, index, c, clauseDates);
        if (!keptFactSince(r, before) && !task) {
            Descriptions.note(r, c);
        }
    }

    /**
     * Whether a fact found since index before will be kept: an occupation of someone known as staff (以前当过消防员,
     * 下周三退休 of a guard) is dropped later, so the clause still gets its note.
     */
    private static boolean keptFactSince(Reading r, int before) {
        for (Reading.Found f : r.facts.subList(before, r.facts.size())) {
            PeopleFinder.Person p = r.finder.people().get(f.person());
            boolean staff = p.role != null || p.staffTitle;
            if (!staff || FactKey.of(f.key())
                    .map(k -> k.appliesTo(PersonKind.STAFF)).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
