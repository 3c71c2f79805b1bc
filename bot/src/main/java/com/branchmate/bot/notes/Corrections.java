package com.branchmate.bot.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.members.Caller;
import com.branchmate.bot.members.Member;
import com.branchmate.bot.notes.extraction.ExtractedFact;
import com.branchmate.bot.notes.extraction.ExtractedPerson;
import com.branchmate.bot.notes.extraction.Extraction;
import com.branchmate.bot.notes.extraction.FactKey;
import com.branchmate.bot.notes.extraction.NoteExtractor;
import com.branchmate.bot.people.Fact;
import com.branchmate.bot.people.FactValues;
import com.branchmate.bot.people.PeopleService;
import com.branchmate.bot.people.Person;
import com.branchmate.bot.platform.audit.AuditLog;

/**
 * A correction message (王行长生日是周四不是周三 / 李娜手机号错了，是139...) updates known facts, history kept.
 * The extractor reads the message; the facts it finds replace the current ones of the person it names.
 */
@Service
public class Corrections {

    private final NoteExtractor extractor;
    private final PeopleService people;
    private final AuditLog audit;
    private final Clock clock;

    Corrections(NoteExtractor extractor, PeopleService people, AuditLog audit, Clock clock) {
        this.extractor = extractor;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reply, and how many facts changed. */
    public record Corrected(String reply, int changes) {
    }

    /**
     * Applies a message already decided to be a correction. The reply says what changed, or that nothing was found
     * to change; a correction is never saved as a note.
     */
    @Transactional
    public Corrected apply(Member member, String text, String channel, LocalDate referenceDate) {
        Caller caller = Caller.of(member);
        Extraction extraction = extractor.extract(text, referenceDate);
        List<String> changes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (ExtractedPerson mention : extraction.people()) {
            List<ExtractedFact> facts = mention.facts().stream()
                    .filter(f -> !f.key().equals(FactKey.ROLE.key()) || mention.title() == null)
                    .toList();
            if (facts.isEmpty()) {
                continue;
            }
            String said = mention.name() + (mention.title() == null ? "" : mention.title());
            List<Person> found = people.search(caller, said, null, 3);
            if (found.isEmpty() && mention.title() != null) {
                found = people.search(caller, mention.name(), null, 3);
            }
            if (found.size() != 1) {
                unknown.add(said);
                continue;
            }
            Person person = found.get(0);
            for (ExtractedFact fact : facts) {
                FactKey key = FactKey.of(fact.key()).orElse(null);
                if (key == null) {
                    continue;
                }
                String old = people.currentFacts(List.of(person.id())).getOrDefault(person.id(), List.of()).stream()
                        .filter(f -> f.factKey().equals(key.key())).map(Fact::factValue).findFirst().orElse(null);
                people.correct(person, key, fact.value(), member, null);
                audit.record(caller, "FACT_CORRECT", "person", String.valueOf(person.id()), channel, key.key());
                changes.add(person.displayName() + " " + key.label() + " "
                        + FactValues.display(key.key(), fact.value(), true)
                        + (old == null ? "" : "（原为 " + FactValues.display(key.key(), old, true) + "）"));
            }
        }
        if (changes.isEmpty()) {
            if (!unknown.isEmpty()) {
                return new Corrected(NoteReplies.correctionPersonNotFound(unknown), 0);
            }
            return new Corrected(NoteReplies.CORRECTION_NOT_UNDERSTOOD, 0);
        }
        return new Corrected("已更正：\n· " + String.join("\n· ", changes), changes.size());
    }
}
