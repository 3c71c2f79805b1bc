package com.branchmate.bot.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.branches.Branch;
import com.branchmate.bot.branches.BranchService;
import com.branchmate.bot.members.MemberService;
import com.branchmate.extraction.ExtractedPerson;
import com.branchmate.extraction.ExtractedTask;
import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.NoteExtractor;
import com.branchmate.bot.people.AmbiguousPersonException;
import com.branchmate.bot.people.PeopleService;
import com.branchmate.bot.people.Person;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.persistence.ConcurrencyRetry;
import com.branchmate.bot.platform.persistence.GeneratedId;
import com.branchmate.bot.platform.privacy.FieldCipher;
import com.branchmate.bot.platform.web.BadRequestException;
import com.branchmate.bot.platform.web.NotFoundException;
import com.branchmate.bot.tasks.Task;
import com.branchmate.bot.tasks.TaskService;

/**
 * A visit note becomes facts here: the note, its branch, the people (matched to known ones), their facts and
 * the follow-up tasks are saved in one transaction, so a failure leaves nothing half-saved.
 */
@Service
public class NoteService {

    private static final Logger log = LoggerFactory.getLogger(NoteService.class);

    private final NoteMapper notes;
    private final NoteExtractor extractor;
    private final BranchService branches;
    private final PeopleService people;
    private final TaskService tasks;
    private final ExtractionJsonWriter extractionJson;
    private final AuditLog audit;
    private final MemberService members;
    private final FieldCipher cipher;
    private final Clock clock;

    private final TransactionTemplate saveTransaction;

    NoteService(NoteMapper notes, NoteExtractor extractor, BranchService branches, PeopleService people,
                TaskService tasks, ExtractionJsonWriter extractionJson, AuditLog audit, MemberService members,
                Clock clock, FieldCipher cipher, PlatformTransactionManager transactions) {
        this.cipher = cipher;
        this.saveTransaction = new TransactionTemplate(transactions);
        this.saveTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.members = members;
        this.notes = notes;
        this.extractor = extractor;
        this.branches = branches;
        this.people = people;
        this.tasks = tasks;
        this.extractionJson = extractionJson;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A note to save: who wrote it, the text, the day relative dates count from, where it came from, and the
     * member's answers to "which one did you mean" (person index in the extraction → person id, 0 for new).
     */
    public record NewNote(Member author, String text, LocalDate referenceDate, String channel, String channelMessageId,
                          Map<Integer, Long> choices) {

        public NewNote(Member author, String text, LocalDate referenceDate, String channel, String channelMessageId) {
            this(author, text, referenceDate, channel, channelMessageId, Map.of());
        }
    }

    /** The saved note, what was recorded from it, and the Chinese summary for the chat reply. */
    public record SavedNote(VisitNote note, Optional<Branch> branch, List<PeopleService.RecordedPerson> people,
                            List<Task> tasks, String summary) {
    }

    /**
     * Extracts and saves the note in one transaction. The same platform message delivered twice gives back the
     * first note.
     *
     * @throws BadRequestException with a Chinese message when the text cannot be a note
     * @throws PersonChoiceNeeded  when a mention fits several known people; nothing is saved
     */
    public SavedNote save(NewNote request) {
        // Two instances saving notes that name the same new branch or person can deadlock on the unique indexes;
        // the loser's transaction is rolled back whole, so it is simply run again.
        return ConcurrencyRetry.run(() -> saveTransaction.execute(status -> saveOnce(request)));
    }

    private SavedNote saveOnce(NewNote request) {
        String text = checkText(request.text());
        // Two notes of one member saved at once (two workers, two instances) would both create the person they
        // name; taking the member's row first makes the second see what the first recorded.
        notes.lockAuthor(request.author().id());
        if (request.channelMessageId() != null) {
            VisitNote existing = reveal(notes.findByChannelMessage(request.channel(), request.channelMessageId()));
            if (existing != null) {
                return alreadySaved(existing);
            }
        }
        LocalDate referenceDate = request.referenceDate() != null ? request.referenceDate() : LocalDate.now(clock);
        Member author = request.author();
        GeneratedId id = new GeneratedId();
        try {
            notes.insert(new VisitNote(null, author.id(), author.login(), author.displayName(), null, cipher.encrypt(text), referenceDate,
                    request.channel(), request.channelMessageId(), ExtractionStatus.PENDING, null, clock.instant(), null),
                    id);
        } catch (DuplicateKeyException e) {
            // Another instance saved the same platform message a moment ago.
            return alreadySaved(reveal(notes.findByChannelMessage(request.channel(), request.channelMessageId())));
        }
        return apply(id.get(), text, referenceDate, author, request.choices(), request.channel());
    }

    /**
     * Runs extraction again on a saved note (after the rules improved, or an LLM was added): what the note recorded
     * before is taken back first, in the same transaction.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public SavedNote reextract(Caller caller, long noteId) {
        VisitNote note = findVisible(caller, noteId).orElseThrow(() -> new NotFoundException("没有这条笔记"));
        if (note.undoneAt() != null) {
            throw new BadRequestException("id", "这条笔记已撤销，不能重新整理");
        }
        Member author = members.findById(note.memberId()).orElseThrow();
        tasks.forgetCreatedBy(noteId);
        people.undo(noteId);
        audit.record(caller, "NOTE_REEXTRACT", "note", String.valueOf(noteId), "api", null);
        return apply(noteId, note.rawText(), note.referenceDate(), author, Map.of(), "api");
    }

    public Optional<VisitNote> findVisible(Caller caller, long noteId) {
        VisitNote note = reveal(notes.findById(noteId));
        if (note == null) {
            return Optional.empty();
        }
        return members.findById(note.memberId()).filter(caller::maySee).map(m -> note);
    }

    /** Extraction and everything it records, for a note row that exists. */
    private SavedNote apply(long noteId, String text, LocalDate referenceDate, Member author, Map<Integer, Long> choices,
                            String channel) {
        Extraction extraction;
        try {
            extraction = extractor.extract(text, referenceDate);
        } catch (RuntimeException e) {
            log.error("Extraction failed for note {}; keeping the text only", noteId, e);
            notes.updateExtraction(noteId, null, ExtractionStatus.FAILED, null);
            VisitNote note = reveal(notes.findById(noteId));
            return new SavedNote(note, Optional.empty(), List.of(), List.of(), NoteReplies.savedTextOnly(noteId));
        }

        Optional<Branch> branch = extraction.branch() == null ? Optional.empty()
                : branches.resolve(extraction.branch().bank(), extraction.branch().name(), author, noteId);
        Long branchId = branch.map(Branch::id).orElse(null);

        List<PeopleService.RecordedPerson> recorded = new ArrayList<>();
        Map<String, Person> byName = new HashMap<>();
        for (int i = 0; i < extraction.people().size(); i++) {
            ExtractedPerson mention = extraction.people().get(i);
            if (mention.name() == null || mention.name().isBlank()) {
                continue;
            }
            PeopleService.ResolvedPerson resolved;
            try {
                resolved = people.resolve(mention, branchId, author, noteId, choices.get(i));
            } catch (AmbiguousPersonException e) {
                throw new PersonChoiceNeeded(i, e.mention(), e.candidates());
            }
            recorded.add(people.record(resolved.person(), resolved.created(), mention.facts(), author, noteId));
            byName.put(mention.name(), resolved.person());
        }

        List<Task> savedTasks = new ArrayList<>();
        for (ExtractedTask task : extraction.tasks()) {
            if (task.content() == null || task.content().isBlank()) {
                continue;
            }
            Person person = task.person() == null ? null : findMentioned(byName, task.person());
            savedTasks.add(tasks.add(author.id(), person == null ? null : person.id(), noteId, task.due(),
                    task.content().strip()));
        }

        notes.updateExtraction(noteId, branchId, ExtractionStatus.DONE,
                cipher.encrypt(extractionJson.write(extraction)));
        int factCount = recorded.stream().mapToInt(r -> r.added().size()).sum();
        audit.record(Caller.of(author), "NOTE_SAVE", "note", String.valueOf(noteId), channel,
                "记下 " + recorded.size() + " 人、" + factCount + " 条信息、" + savedTasks.size() + " 条待办");
        VisitNote note = reveal(notes.findById(noteId));
        String summary = NoteReplies.summary(noteId, branch, recorded, savedTasks);
        List<String> impossible = NoteReplies.impossibleDates(text);
        if (!impossible.isEmpty()) {
            summary = summary + "\n" + NoteReplies.impossibleDatesWarning(impossible);
        }
        return new SavedNote(note, branch, recorded, savedTasks, summary);
    }


    /** Takes back the member's last note: its facts and tasks go, facts it replaced come back. */
    @Transactional
    public Optional<VisitNote> undoLast(Member member, String channel) {
        VisitNote last = reveal(notes.findLastActive(member.id()));
        if (last == null) {
            return Optional.empty();
        }
        tasks.forgetCreatedBy(last.id());
        people.undo(last.id());
        people.forgetCreatedBy(last.id());
        notes.markUndone(last.id(), clock.instant());
        branches.forgetCreatedBy(last.id());
        audit.record(Caller.of(member), "NOTE_UNDO", "note", String.valueOf(last.id()), channel, null);
        return Optional.of(last);
    }

    /**
     * Deletes a note with what it recorded, as undo does (its facts and tasks go, facts it replaced come back, people
     * and branches only it created go), then the note itself. Only the author, a lead for a plain member of their
     * team, or an admin ({@link Caller#mayActFor}); others who see the note get 403, the rest 404.
     */
    @Transactional
    public void delete(Caller caller, long noteId) {
        VisitNote note = findVisible(caller, noteId).orElseThrow(() -> new NotFoundException("没有这条笔记"));
        Member author = members.findById(note.memberId()).orElseThrow();
        if (!caller.mayActFor(author)) {
            throw new org.springframework.security.access.AccessDeniedException("only the author, their lead or an admin");
        }
        tasks.forgetCreatedBy(noteId);
        people.undo(noteId);
        people.forgetCreatedBy(noteId);
        notes.markUndone(noteId, clock.instant());
        branches.forgetCreatedBy(noteId);
        notes.delete(noteId);
        audit.record(caller, "NOTE_DELETE", "note", String.valueOf(noteId), "api",
                "删除 " + author.displayName() + " " + note.referenceDate() + " 的拜访笔记");
    }

    /** What a notes search asks for; every part optional. */
    public record NoteQuery(Long authorId, String text, String person, LocalDate from, LocalDate to, int limit) {
    }

    /** How many of the caller's newest notes in the date range a search reads: the text is encrypted, so it is searched after decrypting. */
    static final int SEARCH_SCAN = 2000;

    /**
     * The caller's visible notes matching the query, newest first. Dates narrow in the database; text and person are
     * matched after decrypting, within the newest {@link #SEARCH_SCAN} notes of the range.
     */
    public List<VisitNote> search(Caller caller, NoteQuery query) {
        int limit = Math.max(1, Math.min(query.limit(), 500));
        boolean byContent = notBlank(query.text()) || notBlank(query.person());
        return notes.findInRange(caller.visibility(), query.authorId(), query.from(), query.to(),
                        byContent ? SEARCH_SCAN : limit).stream()
                .map(this::reveal)
                .filter(n -> !notBlank(query.text()) || containsIgnoringCase(n.rawText(), query.text().strip()))
                .filter(n -> !notBlank(query.person()) || mentions(n, query.person().strip()))
                .limit(limit)
                .toList();
    }

    private static boolean mentions(VisitNote note, String person) {
        return containsIgnoringCase(note.rawText(), person)
                || (note.extractionJson() != null && note.extractionJson().contains("\"" + person));
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(part.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    public Extraction extract(String text, LocalDate referenceDate) {
        return extractor.extract(checkText(text), referenceDate != null ? referenceDate : LocalDate.now(clock));
    }

    /** What a member of the team logged on a day: notes and the branches they name. */
    public record MemberActivity(long memberId, int notes, List<String> branches) {
    }

    public Map<Long, MemberActivity> activity(long teamId, LocalDate date) {
        Map<Long, MemberActivity> result = new java.util.LinkedHashMap<>();
        for (NoteActivityRow row : notes.findActivity(teamId, date)) {
            MemberActivity before = result.getOrDefault(row.memberId(), new MemberActivity(row.memberId(), 0, List.of()));
            List<String> branches = new ArrayList<>(before.branches());
            if (row.branchName() != null && !row.branchName().isBlank() && !branches.contains(row.branchName())) {
                branches.add(row.branchName());
            }
            result.put(row.memberId(), new MemberActivity(row.memberId(), before.notes() + 1, List.copyOf(branches)));
        }
        return result;
    }

    /** Notes per member per week (weeks start on Monday), for the dashboard chart. */
    public record WeeklyCount(String member, String name, LocalDate week, int count) {
    }

    public List<WeeklyCount> weeklyCounts(Caller caller, int weeks) {
        LocalDate since = LocalDate.now(clock).with(java.time.DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
        Map<String, Integer> counts = new java.util.TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (NoteDayRow row : notes.findDays(caller.visibility(), since)) {
            LocalDate week = row.referenceDate().with(java.time.DayOfWeek.MONDAY);
            counts.merge(row.memberLogin() + "|" + week, 1, Integer::sum);
            names.put(row.memberLogin(), row.memberName());
        }
        return counts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\\|");
            return new WeeklyCount(key[0], names.get(key[0]), LocalDate.parse(key[1]), e.getValue());
        }).toList();
    }

    public List<VisitNote> visible(Caller caller, Long authorId, int limit) {
        return notes.findVisible(caller.visibility(), authorId, Math.max(1, Math.min(limit, 500))).stream()
                .map(this::reveal).toList();
    }

    /** Notes of a team's members whose text mentions any of the names: for export and erasure requests. */
    public List<VisitNote> mentioning(long teamId, List<String> names) {
        return notes.findVisible(com.branchmate.bot.access.Visibility.team(teamId), null, 100_000).stream()
                .map(this::reveal)
                .filter(n -> names.stream().anyMatch(name -> n.rawText().contains(name)))
                .toList();
    }

    /** Replaces text in a note and its extraction (each map: what → by what), kept encrypted. */
    @Transactional
    public void redact(VisitNote note, Map<String, String> inText, Map<String, String> inExtraction) {
        String text = note.rawText();
        String json = note.extractionJson();
        for (var entry : inText.entrySet()) {
            text = text.replace(entry.getKey(), entry.getValue());
        }
        for (var entry : inExtraction.entrySet()) {
            json = json == null ? null : json.replace(entry.getKey(), entry.getValue());
        }
        notes.updateText(note.id(), cipher.encrypt(text), cipher.encrypt(json));
    }

    /** Note text and extraction are stored encrypted (they hold phone numbers); callers see them plain. */
    private VisitNote reveal(VisitNote note) {
        if (note == null) {
            return null;
        }
        return new VisitNote(note.id(), note.memberId(), note.memberLogin(), note.memberName(), note.branchId(),
                cipher.decrypt(note.rawText()), note.referenceDate(), note.channel(), note.channelMessageId(), note.extractionStatus(),
                cipher.decrypt(note.extractionJson()), note.createdAt(), note.undoneAt());
    }

    private SavedNote alreadySaved(VisitNote existing) {
        return new SavedNote(existing, Optional.empty(), List.of(), List.of(), NoteReplies.alreadySaved(existing.id()));
    }

    private static Person findMentioned(Map<String, Person> byName, String name) {
        Person exact = byName.get(name);
        if (exact != null) {
            return exact;
        }
        return byName.entrySet().stream()
                .filter(e -> e.getKey().startsWith(name) || name.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            "(?i)(\\b(select|insert|update|delete|drop|union|alter|truncate)\\b.*\\b(from|into|table|set|where)\\b)"
                    + "|<\\s*/?\\s*(script|iframe|img|svg)\\b|;\\s*--|\\$\\{|javascript:");

    /** Code or SQL with no Chinese in it is no visit note; saving it would only clutter the member's notes. */
    static boolean looksLikeCode(String text) {
        boolean chinese = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return !chinese && CODE.matcher(text).find();
    }

    /** Trimmed text, or a Chinese explanation of why it cannot be a note. */
    public static String checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("text", NoteReplies.EMPTY);
        }
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > NoteReplies.MAX_NOTE_CHARS) {
            throw new BadRequestException("text", NoteReplies.TOO_LONG);
        }
        if (trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new BadRequestException("text", NoteReplies.NOTHING_READABLE);
        }
        if (looksLikeCode(trimmed)) {
            throw new BadRequestException("text", NoteReplies.LOOKS_LIKE_CODE);
        }
        return trimmed;
    }
}
