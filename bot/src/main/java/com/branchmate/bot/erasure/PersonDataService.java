package com.branchmate.bot.erasure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.notes.NoteService;
import com.branchmate.bot.notes.VisitNote;
import com.branchmate.bot.people.Fact;
import com.branchmate.bot.people.PeopleService;
import com.branchmate.bot.people.Person;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.web.NotFoundException;
import com.branchmate.bot.tasks.Task;
import com.branchmate.bot.tasks.TaskService;

/**
 * A person's right to see and to erase what is kept about them: export everything as JSON, or erase it (facts
 * deleted, mentions in notes redacted, tasks kept without the person). Admins only, and audited.
 */
@Service
public class PersonDataService {

    static final String REDACTED = "〔已删除〕";

    private final PeopleService people;
    private final NoteService notes;
    private final TaskService tasks;
    private final MemberService members;
    private final AuditLog audit;

    PersonDataService(PeopleService people, NoteService notes, TaskService tasks, MemberService members, AuditLog audit) {
        this.people = people;
        this.notes = notes;
        this.tasks = tasks;
        this.members = members;
        this.audit = audit;
    }

    public record NoteMention(long id, String member, String text, Instant createdAt) {
    }

    public record Export(Person person, List<Fact> facts, List<Task> tasks, List<NoteMention> notes, Instant exportedAt) {
    }

    public Export export(Caller caller, long personId) {
        Person person = find(caller, personId);
        audit.record(caller, "PERSON_EXPORT", "person", String.valueOf(personId), "api", null);
        List<NoteMention> mentions = mentioning(person).stream()
                .map(n -> new NoteMention(n.id(), n.memberLogin(), n.rawText(), n.createdAt())).toList();
        return new Export(person, people.history(personId), tasks.forPerson(personId), mentions, Instant.now());
    }

    /** Erases the person; returns how many notes were redacted. */
    @Transactional
    public int erase(Caller caller, long personId) {
        Person person = find(caller, personId);
        List<VisitNote> mentions = mentioning(person);
        Map<String, String> inText = new LinkedHashMap<>();
        for (String name : names(person)) {
            inText.put(name, REDACTED);
        }
        Map<String, String> inExtraction = new LinkedHashMap<>(inText);
        // The extraction names a surname-only person as {"name":"王","title":"行长"}.
        inExtraction.put("\"name\":\"" + person.name() + "\",\"title\":" + quoted(person.title()),
                "\"name\":\"" + REDACTED + "\",\"title\":null");
        for (VisitNote note : mentions) {
            notes.redact(note, inText, inExtraction);
        }
        tasks.detachPerson(personId);
        people.erase(person);
        audit.record(caller, "PERSON_ERASE", "person", String.valueOf(personId), "api",
                "删除全部信息，" + mentions.size() + " 条笔记已打码");
        return mentions.size();
    }

    private Person find(Caller caller, long personId) {
        return people.findVisible(caller, personId).orElseThrow(() -> new NotFoundException("没有找到这个人"));
    }

    private List<VisitNote> mentioning(Person person) {
        Long teamId = members.findById(person.ownerMemberId()).map(m -> m.teamId()).orElse(null);
        return teamId == null ? List.of() : notes.mentioning(teamId, names(person));
    }

    /** How notes name the person: 王行长 (a surname alone would hit every 王), 李娜, 李娜经理. */
    private static List<String> names(Person person) {
        List<String> names = new ArrayList<>();
        if (person.title() != null && !person.title().isBlank()) {
            names.add(person.name() + person.title());
        }
        if (person.name().length() > 1) {
            names.add(person.name());
        }
        return names;
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
