package com.branchmate.bot.people;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.extraction.ExtractedFact;
import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.extraction.vocabulary.PersonKind;
import com.branchmate.bot.platform.persistence.GeneratedId;
import com.branchmate.bot.platform.privacy.FieldCipher;
import com.branchmate.bot.platform.privacy.Masking;

/** People and their facts: matching mentions to known people, recording facts with history, undoing a note. */
@Service
public class PeopleService {

    private static final Logger log = LoggerFactory.getLogger(PeopleService.class);

    /** The width of fact.fact_value. */
    private static final int MAX_VALUE = 1000;
    /** Contact keys (FactKey#contact) are encrypted at rest. */
    private static final Set<String> ENCRYPTED_KEYS = Arrays.stream(FactKey.values()).filter(FactKey::contact)
            .map(FactKey::key).collect(Collectors.toUnmodifiableSet());

    private final PersonMapper people;
    private final FactMapper facts;
    private final FieldCipher cipher;
    private final com.branchmate.bot.platform.audit.AuditLog audit;
    private final Clock clock;

    PeopleService(PersonMapper people, FactMapper facts, com.branchmate.bot.platform.audit.AuditLog audit, Clock clock,
                  FieldCipher cipher) {
        this.cipher = cipher;
        this.people = people;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person as recorded from a note, and the facts that note added to them. */
    public record RecordedPerson(Person person, boolean created, List<Fact> added, List<Fact> replaced) {
    }

    /** The person a mention resolved to, and whether this note created them. */
    public record ResolvedPerson(Person person, boolean created) {
    }

    /**
     * Finds the person a note means, or creates them. Runs in the caller's transaction.
     *
     * @param chosenId the member's answer when an earlier attempt was ambiguous, else null
     * @throws AmbiguousPersonException when several known people fit and no choice was given
     */
    public ResolvedPerson resolve(ExtractedPerson mention, Long branchId, Member author, long noteId, Long chosenId) {
        String name = mention.name().strip();
        String surname = name.isEmpty() ? null : name.substring(0, 1);
        PersonKind kind = PersonKind.parse(mention.kind());
        // Only people the author may see: another member's contact is theirs to keep, so a note here makes our own.
        List<Person> candidates = people.findNamesakes(branchId, name, surname, author.id(),
                        Caller.of(author).visibility()).stream()
                .filter(p -> p.kind() == kind && compatibleTitles(p.title(), mention.title()))
                .toList();
        Instant now = clock.instant();
        if (chosenId != null && chosenId > 0) {
            Optional<Person> chosen = candidates.stream().filter(p -> p.id().equals(chosenId)).findFirst();
            if (chosen.isPresent()) {
                people.touch(chosenId, name, blankToNull(mention.title()), now);
                return new ResolvedPerson(chosen.get(), false);
            }
        }
        if (chosenId == null) {
            List<Person> fitting = narrow(candidates, name, mention.title());
            if (fitting.size() == 1) {
                people.touch(fitting.get(0).id(), name, blankToNull(mention.title()), now);
                return new ResolvedPerson(fitting.get(0), false);
            }
            if (fitting.size() > 1) {
                throw new AmbiguousPersonException(name + (mention.title() == null ? "" : mention.title()), fitting);
            }
        }
        GeneratedId id = new GeneratedId();
        Person person = new Person(null, kind, name, blankToNull(mention.title()), branchId, null, author.id(),
                author.login(), now, now);
        people.insert(person, noteId, id);
        return new ResolvedPerson(new Person(id.get(), kind, name, person.title(), branchId, null, author.id(),
                author.login(), now, now), true);
    }

    /** Records a note's facts about a person; values already known are not repeated. */
    public RecordedPerson record(Person person, boolean created, List<ExtractedFact> mentioned, Member author,
                                 long noteId) {
        List<Fact> current = currentRows(List.of(person.id()));
        List<Fact> added = new ArrayList<>();
        List<Fact> replaced = new ArrayList<>();
        Instant now = clock.instant();
        for (ExtractedFact fact : mentioned) {
            Optional<FactKey> key = FactKey.of(fact.key());
            if (key.isEmpty() || fact.value() == null || fact.value().isBlank()) {
                log.info("Dropped a fact with unknown key or empty value: key={}", fact.key());
                continue;
            }
            String value = fact.value().strip();
            List<Fact> sameKey = current.stream().filter(f -> f.factKey().equals(fact.key())).toList();
            if (sameKey.stream().anyMatch(f -> sameValue(key.get(), f.factValue(), value))) {
                continue;
            }
            GeneratedId id = new GeneratedId();
            Fact row = new Fact(null, person.id(), key.get().key(), value, blankToNull(fact.note()), noteId,
                    author.id(), author.login(), now, null, null, Fact.NOTE);
            facts.insert(protect(row), id);
            Fact saved = new Fact(id.get(), row.personId(), row.factKey(), row.factValue(), row.factNote(), noteId,
                    author.id(), author.login(), now, null, null, Fact.NOTE);
            if (key.get().singleValued()) {
                for (Fact old : sameKey) {
                    facts.supersede(old.id(), now, saved.id());
                    replaced.add(old);
                }
                current = new ArrayList<>(current);
                current.removeAll(sameKey);
            }
            current = new ArrayList<>(current);
            current.add(saved);
            added.add(saved);
        }
        return new RecordedPerson(person, created, added, replaced);
    }

    /** Corrects one fact from chat: the new value supersedes the current ones of that key, history kept. */
    @Transactional
    public Fact correct(Person person, FactKey key, String value, Member author, Long sourceNoteId) {
        return replace(person, key, value, null, author, sourceNoteId, Fact.CHAT);
    }

    private Fact replace(Person person, FactKey key, String value, String note, Member author, Long sourceNoteId,
                         String origin) {
        Instant now = clock.instant();
        List<Fact> sameKey = currentRows(List.of(person.id())).stream()
                .filter(f -> f.factKey().equals(key.key())).toList();
        GeneratedId id = new GeneratedId();
        facts.insert(protect(new Fact(null, person.id(), key.key(), value, note, sourceNoteId, author.id(), author.login(),
                now, null, null, origin)), id);
        for (Fact old : sameKey) {
            facts.supersede(old.id(), now, id.get());
        }
        people.touch(person.id(), person.name(), null, now);
        return new Fact(id.get(), person.id(), key.key(), value, note, sourceNoteId, author.id(), author.login(), now,
                null, null, origin);
    }

    /**
     * A fact entered in the console: a single-valued key (phone, birthday...) replaces the current value, a
     * free-text key (hobby, family...) adds one. History is kept either way.
     */
    @Transactional
    public Fact addFact(Caller caller, Person person, FactKey key, String value, String note, Member author) {
        Fact saved;
        if (key.singleValued()) {
            saved = replace(person, key, value, note, author, null, Fact.CONSOLE);
        } else {
            GeneratedId id = new GeneratedId();
            Instant now = clock.instant();
            facts.insert(protect(new Fact(null, person.id(), key.key(), value, note, null, author.id(), author.login(), now,
                    null, null, Fact.CONSOLE)), id);
            people.touch(person.id(), person.name(), null, now);
            saved = new Fact(id.get(), person.id(), key.key(), value, note, null, author.id(), author.login(), now,
                    null, null, Fact.CONSOLE);
        }
        audit.record(caller, "FACT_CHANGE", "person", String.valueOf(person.id()), "api", (key.singleValued() ? "修改" : "添加") + key.label());
        return saved;
    }

    /** Retires a fact: it stays in the history, no longer current. */
    @Transactional
    public boolean retireFact(Caller caller, Person person, long factId) {
        boolean belongs = currentRows(List.of(person.id())).stream().anyMatch(f -> f.id() == factId);
        if (!belongs) {
            return false;
        }
        facts.supersede(factId, clock.instant(), null);
        audit.record(caller, "FACT_CHANGE", "person", String.valueOf(person.id()), "api", "删除一条信息（#" + factId + "）");
        return true;
    }

    @Transactional
    public Person update(Caller caller, Person person, String name, String title, PersonKind kind, Long branchId) {
        Person changed = new Person(person.id(), kind != null ? kind : person.kind(),
                name != null && !name.isBlank() ? name.strip() : person.name(),
                title != null ? blankToNull(title) : person.title(),
                branchId != null ? (branchId == 0 ? null : branchId) : person.branchId(), null, person.ownerMemberId(),
                person.ownerLogin(), person.createdAt(), clock.instant());
        people.update(changed);
        audit.record(caller, "PERSON_UPDATE", "person", String.valueOf(person.id()), "api", "修改人员资料");
        return people.findVisibleById(person.id(), com.branchmate.bot.access.Visibility.everything());
    }

    /** Erasure on request: the person's facts go, the row stays only as 已删除 so references keep working. */
    public void erase(Person person) {
        facts.deleteByPerson(person.id());
        people.markErased(person.id(), clock.instant());
    }

    /** Takes back everything a note recorded: its facts go, the facts they replaced come back, new people go. */
    public void undo(long noteId) {
        List<Long> factIds = facts.findByNote(noteId).stream().map(Fact::id).toList();
        if (!factIds.isEmpty()) {
            facts.restoreSupersededBy(factIds);
        }
        facts.deleteByNote(noteId);
    }

    /** After undo removed facts and tasks: people the note created and nothing else refers to. */
    public void forgetCreatedBy(long noteId) {
        people.deleteCreatedByNote(noteId);
    }

    public Optional<Person> findVisible(Caller caller, long id) {
        return Optional.ofNullable(people.findVisibleById(id, caller.visibility()));
    }

    /** A note's branch was wrong: the people it named at that branch move with it; how many moved. */
    public int moveBranchOfNote(long noteId, long from, long to) {
        return people.moveBranchOfNote(noteId, from, to, clock.instant());
    }

    public List<Person> search(Caller caller, String query, Long branchId, int limit) {
        String q = query == null || query.isBlank() ? null : query.strip();
        return people.findVisible(caller.visibility(), q, branchId, Math.max(1, Math.min(limit, 500)));
    }

    /** Everything the caller may see, up to {@code max} people, for an export. */
    public List<Person> allVisible(Caller caller, int max) {
        return people.findVisible(caller.visibility(), null, null, max);
    }

    /** People the caller may see with a current fact of this key, and those facts. */
    public Map<Person, List<Fact>> havingFact(Caller caller, FactKey key) {
        return havingFact(caller.visibility(), key);
    }

    /** The same for a scope not tied to a caller, e.g. a team's huddle. */
    public Map<Person, List<Fact>> havingFact(com.branchmate.bot.access.Visibility scope, FactKey key) {
        List<Person> found = people.findVisibleHavingFact(scope, key.key());
        Map<Long, List<Fact>> facts = currentFacts(found.stream().map(Person::id).toList());
        Map<Person, List<Fact>> result = new java.util.LinkedHashMap<>();
        for (Person person : found) {
            result.put(person, facts.getOrDefault(person.id(), List.of()).stream()
                    .filter(f -> f.factKey().equals(key.key())).toList());
        }
        return result;
    }

    public Map<Long, List<Fact>> currentFacts(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return currentRows(personIds).stream().collect(Collectors.groupingBy(Fact::personId));
    }

    public List<Fact> history(long personId) {
        return facts.findHistory(personId).stream().map(this::reveal).toList();
    }

    /**
     * Seals the facts that the rule below says are to be encrypted but were stored in plain text before it (a phone
     * number in a family fact, values from before encryption was on). Safe to run on several instances at once.
     *
     * @return how many facts were sealed
     */
    public int sealPlainFacts() {
        int sealed = 0;
        long after = 0;
        List<Fact> page;
        while (!(page = facts.findPlainAfter(after, 500)).isEmpty()) {
            for (Fact fact : page) {
                after = fact.id();
                String value = protect(fact).factValue();
                if (!java.util.Objects.equals(value, fact.factValue())) {
                    sealed += facts.seal(fact.id(), fact.factValue(), value);
                }
            }
        }
        return sealed;
    }

    /**
     * Phone numbers and WeChat ids are stored encrypted, and so is any other fact whose text holds a phone number
     * (女儿手机139…); everything above this line sees plain values.
     */
    private Fact protect(Fact fact) {
        String note = Masking.phonesIn(fact.factNote());
        boolean sensitive = ENCRYPTED_KEYS.contains(fact.factKey()) || Masking.containsPhone(fact.factValue());
        if (!sensitive && java.util.Objects.equals(note, fact.factNote())) {
            return fact;
        }
        String value = sensitive ? cipher.encrypt(fact.factValue()) : fact.factValue();
        if (value != null && value.length() > MAX_VALUE) {
            // Too long to store sealed: keep it with the number masked (the note itself keeps it, encrypted).
            value = Masking.phonesIn(fact.factValue());
        }
        return new Fact(fact.id(), fact.personId(), fact.factKey(), value, note,
                fact.sourceNoteId(), fact.recordedBy(), fact.recordedByLogin(), fact.recordedAt(), fact.supersededAt(),
                fact.supersededBy(), fact.origin());
    }

    private Fact reveal(Fact fact) {
        if (!FieldCipher.isEncrypted(fact.factValue())) {
            return fact;
        }
        return new Fact(fact.id(), fact.personId(), fact.factKey(), cipher.decrypt(fact.factValue()), fact.factNote(),
                fact.sourceNoteId(), fact.recordedBy(), fact.recordedByLogin(), fact.recordedAt(), fact.supersededAt(),
                fact.supersededBy(), fact.origin());
    }

    private List<Fact> currentRows(Collection<Long> personIds) {
        return facts.findCurrent(personIds).stream().map(this::reveal).toList();
    }

    /** 王行长 and 王主任 are two people; 王 with no title fits either. */
    private static boolean compatibleTitles(String known, String mentioned) {
        if (known == null || known.isBlank() || mentioned == null || mentioned.isBlank()) {
            return true;
        }
        return known.equals(mentioned) || known.contains(mentioned) || mentioned.contains(known);
    }

    /** Among several namesakes, an exact name and title match wins. */
    private static List<Person> narrow(List<Person> candidates, String name, String title) {
        if (candidates.size() <= 1) {
            return candidates;
        }
        List<Person> exact = candidates.stream()
                .filter(p -> p.name().equals(name) && (title == null || title.equals(p.title())))
                .toList();
        return exact.size() == 1 ? exact : candidates;
    }

    private static boolean sameValue(FactKey key, String known, String value) {
        if (known.equals(value)) {
            return true;
        }
        if (key.freeText()) {
            String a = normalize(known);
            String b = normalize(value);
            return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
        }
        return false;
    }

    private static String normalize(String text) {
        return text.replaceAll("[\\p{P}\\p{S}\\s]", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
