package com.branchmate.bot.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.branches.Branch;
import com.branchmate.bot.branches.BranchService;
import com.branchmate.extraction.BranchRef;
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

    /** "A不是B" (group 1 the right value) or "不是B(而)是A" (group 3). */
    private static final Pattern CONTRAST = Pattern.compile("是(.{1,20}?)[，,\\s]*不是(.{1,20})|不是(?:.{1,20}?)[，,\\s]*(?:而)?是(.{1,20})");
    private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期|礼拜)([一二三四五六日天])");
    private static final Set<FactKey> DATE_KEYS = Set.of(FactKey.BIRTHDAY, FactKey.ANNIVERSARY, FactKey.MATURITY);
    private static final Pattern CONTACT_LABEL = Pattern.compile("手机|电话|微信");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final Pattern WECHAT_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{5,19}");

    private final NoteExtractor extractor;
    private final NoteMapper noteMapper;
    private final BranchService branches;
    private final PeopleService people;
    private final AuditLog audit;
    private final Clock clock;

    Corrections(NoteExtractor extractor, NoteMapper noteMapper, BranchService branches, PeopleService people,
                AuditLog audit, Clock clock) {
        this.extractor = extractor;
        this.noteMapper = noteMapper;
        this.branches = branches;
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
        boolean newValueFirst = newValueFirst(text);
        for (ExtractedPerson mention : extraction.people()) {
            // "不是50万是80万" names two values of one key: the new one is the one said as right.
            Map<String, ExtractedFact> byKey = new LinkedHashMap<>();
            for (ExtractedFact fact : mention.facts()) {
                if (fact.key().equals(FactKey.ROLE.key()) && mention.title() != null) {
                    continue;
                }
                if (newValueFirst) {
                    byKey.putIfAbsent(fact.key(), fact);
                } else {
                    byKey.put(fact.key(), fact);
                }
            }
            if (byKey.isEmpty()) {
                continue;
            }
            String said = mention.name() + (mention.title() == null ? "" : mention.title());
            Optional<Person> person = findOne(caller, mention.name(), mention.title());
            if (person.isEmpty()) {
                unknown.add(said);
                continue;
            }
            for (ExtractedFact fact : byKey.values()) {
                FactKey.of(fact.key()).ifPresent(key -> changes.add(
                        change(member, caller, channel, person.get(), key, fact.value(), text, referenceDate)));
            }
        }
        if (changes.isEmpty() && unknown.isEmpty() && extraction.branch() != null) {
            Optional<Corrected> branch = branchOfLastNote(member, caller, text, extraction.branch(), referenceDate,
                    channel);
            if (branch.isPresent()) {
                return branch.get();
            }
        }
        if (changes.isEmpty() && unknown.isEmpty()) {
            contactByName(caller, text).ifPresent(found -> {
                if (found.person() == null) {
                    unknown.add(found.said());
                } else {
                    changes.add(change(member, caller, channel, found.person(), found.key(), found.value(), text,
                            referenceDate));
                }
            });
        }
        if (changes.isEmpty()) {
            if (!unknown.isEmpty()) {
                return new Corrected(NoteReplies.correctionPersonNotFound(unknown), 0);
            }
            return new Corrected(NoteReplies.CORRECTION_NOT_UNDERSTOOD, 0);
        }
        return new Corrected("已更正：\n· " + String.join("\n· ", changes), changes.size());
    }

    private String change(Member member, Caller caller, String channel, Person person, FactKey key, String value,
                          String text, LocalDate referenceDate) {
        String old = people.currentFacts(List.of(person.id())).getOrDefault(person.id(), List.of()).stream()
                .filter(f -> f.factKey().equals(key.key())).map(Fact::factValue).findFirst().orElse(null);
        String corrected = DATE_KEYS.contains(key) && old != null ? sameWeek(old, text, referenceDate).orElse(value) : value;
        people.correct(person, key, corrected, member, null);
        audit.record(caller, "FACT_CORRECT", "person", String.valueOf(person.id()), channel, "聊天更正" + key.label());
        return person.displayName() + " " + key.label() + " " + FactValues.display(key.key(), corrected, true)
                + (old == null ? "" : "（原为 " + FactValues.display(key.key(), old, true) + "）");
    }

    private Optional<Person> findOne(Caller caller, String name, String title) {
        List<Person> found = people.search(caller, name + (title == null ? "" : title), null, 3);
        if (found.isEmpty() && title != null) {
            found = people.search(caller, name, null, 3);
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** "是周四不是周三" says the right value first; "不是周三是周四" last. */
    static boolean newValueFirst(String text) {
        Matcher contrast = CONTRAST.matcher(text);
        return contrast.find() && contrast.group(1) != null;
    }

    /**
     * 周四 in a correction of a date means the 周四 of the week of the recorded date (the member fixed the weekday,
     * not the week): the new date, as the fact stores it, when the text names a weekday on its right side.
     */
    static Optional<String> sameWeek(String recorded, String text, LocalDate referenceDate) {
        Matcher contrast = CONTRAST.matcher(text);
        String right = !contrast.find() ? text : contrast.group(1) != null ? contrast.group(1) : contrast.group(3);
        Matcher weekday = WEEKDAY.matcher(right);
        if (!weekday.find()) {
            return Optional.empty();
        }
        int day = "一二三四五六日天".indexOf(weekday.group(1)) + 1;
        boolean recurring = recorded.startsWith("--");
        LocalDate date;
        try {
            // A yearly date means its next occurrence around the message's day.
            date = recurring ? LocalDate.parse(referenceDate.getYear() + recorded.substring(1)) : LocalDate.parse(recorded);
            if (recurring && date.isBefore(referenceDate.minusMonths(6))) {
                date = date.plusYears(1);
            }
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
        LocalDate fixed = date.with(java.time.DayOfWeek.of(Math.min(day, 7)));
        return Optional.of(recurring ? "-" + fixed.toString().substring(4) : fixed.toString());
    }

    record ContactFix(String said, Person person, FactKey key, String value) {
    }

    /**
     * 刘芳手机号错了，是13987654321: a phone number or a WeChat id, and the person named before the word for it.
     * The extractor reads facts of people it finds in a visit note; a bare fix like this names the person only.
     */
    private Optional<ContactFix> contactByName(Caller caller, String text) {
        Matcher label = CONTACT_LABEL.matcher(text);
        if (!label.find()) {
            return Optional.empty();
        }
        String said = text.substring(0, label.start()).replaceAll("^(更正|纠正|修改|改一下)[:：\\s]*", "")
                .replaceAll("[的\\s,，:：]+$", "").strip();
        Matcher phone = PHONE.matcher(text);
        Matcher wechat = WECHAT_ID.matcher(text.substring(label.end()));
        FactKey key;
        String value;
        if (phone.find()) {
            key = FactKey.PHONE;
            value = phone.group();
        } else if (label.group().equals("微信") && wechat.find()) {
            key = FactKey.WECHAT;
            value = wechat.group();
        } else {
            return Optional.empty();
        }
        if (said.isEmpty() || said.length() > 8) {
            return Optional.empty();
        }
        List<Person> found = people.search(caller, said, null, 3);
        return Optional.of(new ContactFix(said, found.size() == 1 ? found.get(0) : null, key, value));
    }

    /**
     * 上一条里的城南支行应该是城北支行: two branches named, the wrong one first (or after 不是); the member's last note
     * and the people it named at the wrong branch move to the right one of the same bank.
     */
    private Optional<Corrected> branchOfLastNote(Member member, Caller caller, String text, BranchRef first,
                                                 LocalDate referenceDate, String channel) {
        int end = text.indexOf(first.name());
        if (end < 0) {
            return Optional.empty();
        }
        end += first.name().length();
        BranchRef second = extractor.extract(text.substring(end), referenceDate).branch();
        if (second == null || second.name().equals(first.name())) {
            return Optional.empty();
        }
        String between = text.substring(end, text.indexOf(second.name(), end));
        boolean firstIsRight = between.contains("不是");
        String wrong = firstIsRight ? second.name() : first.name();
        String right = firstIsRight ? first.name() : second.name();
        VisitNote last = noteMapper.findLastActive(member.id());
        Optional<Branch> current = last == null || last.branchId() == null ? Optional.empty()
                : branches.findById(last.branchId());
        if (current.isEmpty() || !current.get().name().equals(wrong)) {
            return Optional.of(new Corrected(NoteReplies.lastNoteBranchNotFound(wrong,
                    current.map(b -> b.name()).orElse(null)), 0));
        }
        Optional<Branch> target = branches.resolve(current.get().bankName(), right, member, last.id());
        if (target.isEmpty()) {
            return Optional.of(new Corrected(NoteReplies.lastNoteBranchNotFound(wrong, null), 0));
        }
        noteMapper.updateBranch(last.id(), target.get().id());
        int moved = people.moveBranchOfNote(last.id(), current.get().id(), target.get().id());
        audit.record(caller, "NOTE_BRANCH_CORRECT", "note", String.valueOf(last.id()), channel, wrong + "->" + right);
        return Optional.of(new Corrected("已更正：上一条笔记 #" + last.id() + " 的网点 " + current.get().bankName() + right
                + "（原为 " + wrong + "）" + (moved > 0 ? "，其中 " + moved + " 位人员一起改到了" + right : "") + "。", 1));
    }
}
