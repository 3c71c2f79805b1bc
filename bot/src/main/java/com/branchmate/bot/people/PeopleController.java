package com.branchmate.bot.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.members.MemberNames;
import com.branchmate.bot.members.MemberService;
import com.branchmate.extraction.vocabulary.FactKey;
import com.branchmate.extraction.vocabulary.FactValueRules;
import com.branchmate.extraction.vocabulary.PersonKind;
import com.branchmate.bot.platform.web.BadRequestException;
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
    private final MemberService members;
    private final AuditLog audit;

    PeopleController(PeopleService people, MemberService members, AuditLog audit) {
        this.people = people;
        this.members = members;
        this.audit = audit;
    }

    /**
     * {@code source} says in Chinese where the value came from (笔记 #12, 聊天更正 · 李伟, 控制台录入 · 李伟);
     * {@code recordedByName} is the member's name, {@code recordedBy} stays the login.
     */
    record FactView(long id, String key, String value, String note, Long sourceNoteId, String recordedBy,
                    Instant recordedAt, Instant supersededAt, String origin,
                    @Schema(description = "来源，中文：笔记 #12、聊天更正 · 李伟、控制台录入 · 李伟") String source,
                    @Schema(description = "记录人的姓名（recordedBy 是登录名）") String recordedByName) {

        static FactView of(Fact fact, boolean masked, String recordedByName) {
            String value = fact.factValue();
            if (masked && "phone".equals(fact.factKey())) {
                value = Masking.phone(value);
            } else if (masked && "wechat".equals(fact.factKey())) {
                value = Masking.wechat(value);
            } else if (masked) {
                value = Masking.phonesIn(value);
            }
            return new FactView(fact.id(), fact.factKey(), value, fact.factNote(), fact.sourceNoteId(),
                    fact.recordedByLogin(), fact.recordedAt(), fact.supersededAt(), fact.origin(),
                    source(fact, recordedByName), recordedByName);
        }

        private static String source(Fact fact, String who) {
            if (fact.sourceNoteId() != null) {
                return "笔记 #" + fact.sourceNoteId();
            }
            if (Fact.CHAT.equals(fact.origin())) {
                return "聊天更正 · " + who;
            }
            if (Fact.CONSOLE.equals(fact.origin())) {
                return "控制台录入 · " + who;
            }
            // Rows from before V20 did not record whether chat or the console wrote them.
            return "手工录入 · " + who;
        }
    }

    /** {@code owner} is the owner's login, {@code ownerName} their name as the console shows it. */
    record PersonView(long id, String kind, String name, String title, String displayName, Long branchId,
                      String branch, String owner,
                      @Schema(description = "负责人的姓名（owner 是登录名）") String ownerName, List<FactView> facts) {
    }

    record PersonDetail(PersonView person, List<FactView> history) {
    }

    @GetMapping
    List<PersonView> search(Caller caller, @RequestParam(required = false) String query,
                            @RequestParam(required = false) Long branchId,
                            @RequestParam(defaultValue = "100") int limit) {
        List<Person> found = people.search(caller, query, branchId, limit);
        Map<Long, List<Fact>> facts = people.currentFacts(found.stream().map(Person::id).toList());
        audit.record(caller, "PEOPLE_LIST", "person", null, "api", query == null ? "查看人员列表" : "搜索「" + query + "」");
        MemberNames names = members.names();
        return found.stream().map(p -> view(p, facts.getOrDefault(p.id(), List.of()), true, names)).toList();
    }

    /** One fact key as the fact editor offers it: its form and, for a closed list, the words to choose from. */
    record FactKeyView(String key, String label, String form, boolean singleValued, boolean staff, boolean customer,
                       List<String> choices) {
    }

    /** The fact vocabulary for the console's editor, so its lists live only in the extraction module. */
    @GetMapping("/fact-keys")
    List<FactKeyView> factKeys() {
        return java.util.Arrays.stream(FactKey.values()).map(k -> new FactKeyView(k.key(), k.label(), k.form().name(),
                k.singleValued(), k.appliesTo(PersonKind.STAFF), k.appliesTo(PersonKind.CUSTOMER),
                FactValueRules.choices(k))).toList();
    }

    @GetMapping("/{id}")
    PersonDetail detail(Caller caller, @PathVariable long id) {
        Person person = people.findVisible(caller, id).orElseThrow(() -> new NotFoundException("没有找到这个人"));
        audit.record(caller, "PERSON_READ", "person", String.valueOf(id), "api", "查看详情");
        List<Fact> current = people.currentFacts(List.of(id)).getOrDefault(id, List.of());
        MemberNames names = members.names();
        List<FactView> history = people.history(id).stream()
                .map(f -> FactView.of(f, false, names.of(f.recordedBy(), f.recordedByLogin()))).toList();
        return new PersonDetail(view(person, current, false, names), history);
    }

    record FactRequest(@NotBlank(message = "不能为空") String key, @NotBlank(message = "不能为空") @Size(max = 1000) String value,
                       @Size(max = 255) String note) {
    }

    record PersonUpdate(@Size(max = 64) String name, @Size(max = 32) String title, PersonKind kind, Long branchId) {
    }

    @PostMapping("/{id}/facts")
    @ResponseStatus(HttpStatus.CREATED)
    FactView addFact(Caller caller, @PathVariable long id, @Valid @RequestBody FactRequest request) {
        Person person = people.findVisible(caller, id).orElseThrow(() -> new NotFoundException("没有找到这个人"));
        FactKey key = FactKey.of(request.key()).orElseThrow(() -> new BadRequestException("key", "不认识的信息类别：" + request.key()));
        if (!key.appliesTo(person.kind())) {
            throw new BadRequestException("key", key.label() + "不适用于" + (person.kind() == PersonKind.STAFF ? "网点员工" : "客户"));
        }
        FactValueRules.Checked checked = FactValueRules.check(key, request.value());
        if (!checked.ok()) {
            throw new BadRequestException("value", checked.problem());
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        Fact saved = people.addFact(caller, person, key, checked.value(), note, members.actingMember(caller));
        return FactView.of(saved, false, members.names().of(saved.recordedBy(), saved.recordedByLogin()));
    }

    @DeleteMapping("/{id}/facts/{factId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void retireFact(Caller caller, @PathVariable long id, @PathVariable long factId) {
        Person person = people.findVisible(caller, id).orElseThrow(() -> new NotFoundException("没有找到这个人"));
        if (!people.retireFact(caller, person, factId)) {
            throw new NotFoundException("这条信息不存在或已不是当前值");
        }
    }

    @PutMapping("/{id}")
    PersonView update(Caller caller, @PathVariable long id, @Valid @RequestBody PersonUpdate request) {
        Person person = people.findVisible(caller, id).orElseThrow(() -> new NotFoundException("没有找到这个人"));
        Person updated = people.update(caller, person, request.name(), request.title(), request.kind(), request.branchId());
        return view(updated, people.currentFacts(List.of(id)).getOrDefault(id, List.of()), true, members.names());
    }

    private static PersonView view(Person p, List<Fact> facts, boolean masked, MemberNames names) {
        return new PersonView(p.id(), p.kind().name(), p.name(), p.title(), p.displayName(), p.branchId(),
                p.branchName(), p.ownerLogin(), names.of(p.ownerMemberId(), p.ownerLogin()),
                facts.stream().map(f -> FactView.of(f, masked, names.of(f.recordedBy(), f.recordedByLogin()))).toList());
    }
}
