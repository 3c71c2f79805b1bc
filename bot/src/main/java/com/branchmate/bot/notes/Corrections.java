package com.branchmate.bot.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.members.Caller;
import com.branchmate.bot.members.Member;
import com.branchmate.extraction.ExtractedFact;
import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.extraction.NoteExtractor;
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

    private static final Pattern CORRECTION = Pattern.compile("不是.{1,20}?是|是.{1,20}?不是|错了|记错|改成|改为|更正|更改为|应该是|纠正");

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

    public static boolean looksLikeCorrection(String text) {
        return CORRECTION.matcher(text).find() && text.length() <= 200;
    }

    /** The reply when the message corrected something, else empty (then it is treated as a note). */
    @Transactional
    public Optional<String> apply(Member member, String text, String channel) {
        Caller caller = Caller.of(member);
        Extraction extraction = extractor.extract(text, LocalDate.now(clock));
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
                return Optional.of("没有找到要更正的「" + String.join("、", unknown) + "」，或有好几位同名的人。请带上网点或全名再发一次。");
            }
            return Optional.empty();
        }
        return Optional.of("已更正：\n· " + String.join("\n· ", changes));
    }
}
