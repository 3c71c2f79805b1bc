package com.branchmate.bot.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.members.Caller;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.privacy.Masking;
import com.branchmate.bot.platform.web.NotFoundException;

/**
 * People visible to the caller. Lists mask phone numbers and WeChat ids; the detail view shows them to a
 * caller allowed to see the person, and that read is audited. A person outside the caller's scope is a 404.
 */
@RestController
@RequestMapping("/api/people")
class PeopleController {

    private final PeopleService people;
    private final AuditLog audit;

    PeopleController(PeopleService people, AuditLog audit) {
        this.people = people;
        this.audit = audit;
    }

    record FactView(long id, String key, String value, String note, Long sourceNoteId, String recordedBy,
                    Instant recordedAt, Instant supersededAt) {

        static FactView of(Fact fact, boolean masked) {
            String value = fact.factValue();
            if (masked && "phone".equals(fact.factKey())) {
                value = Masking.phone(value);
            } else if (masked && "wechat".equals(fact.factKey())) {
                value = Masking.wechat(value);
            }
            return new FactView(fact.id(), fact.factKey(), value, fact.factNote(), fact.sourceNoteId(),
                    fact.recordedByLogin(), fact.recordedAt(), fact.supersededAt());
        }
    }

    record PersonView(long id, String kind, String name, String title, String displayName, Long branchId,
                      String branch, String owner, List<FactView> facts) {
    }

    record PersonDetail(PersonView person, List<FactView> history) {
    }

    @GetMapping
    List<PersonView> search(Caller caller, @RequestParam(required = false) String query,
                            @RequestParam(required = false) Long branchId,
                            @RequestParam(defaultValue = "100") int limit) {
        List<Person> found = people.search(caller, query, branchId, limit);
        Map<Long, List<Fact>> facts = people.currentFacts(found.stream().map(Person::id).toList());
        audit.record(caller, "PEOPLE_LIST", "person", null, "api", query == null ? null : "query=" + query);
        return found.stream().map(p -> view(p, facts.getOrDefault(p.id(), List.of()), true)).toList();
    }

    @GetMapping("/{id}")
    PersonDetail detail(Caller caller, @PathVariable long id) {
        Person person = people.findVisible(caller, id).orElseThrow(() -> new NotFoundException("没有找到这个人"));
        audit.record(caller, "PERSON_READ", "person", String.valueOf(id), "api", "detail");
        List<Fact> current = people.currentFacts(List.of(id)).getOrDefault(id, List.of());
        List<FactView> history = people.history(id).stream().map(f -> FactView.of(f, false)).toList();
        return new PersonDetail(view(person, current, false), history);
    }

    private static PersonView view(Person p, List<Fact> facts, boolean masked) {
        return new PersonView(p.id(), p.kind().name(), p.name(), p.title(), p.displayName(), p.branchId(),
                p.branchName(), p.ownerLogin(), facts.stream().map(f -> FactView.of(f, masked)).toList());
    }
}
