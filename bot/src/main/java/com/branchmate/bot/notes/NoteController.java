package com.branchmate.bot.notes;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.media.Schema;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.privacy.Masking;
import com.branchmate.bot.platform.web.BadRequestException;
import com.branchmate.bot.platform.web.ConflictException;
import com.branchmate.bot.platform.web.NotFoundException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping("/api/notes")
class NoteController {

    private final NoteService notes;
    private final MemberService members;
    private final ObjectMapper objectMapper;
    private final ExtractionJsonWriter extractionJson;
    private final NoteImport noteImport;

    NoteController(NoteService notes, MemberService members, ObjectMapper objectMapper, ExtractionJsonWriter extractionJson,
                   NoteImport noteImport) {
        this.noteImport = noteImport;
        this.notes = notes;
        this.members = members;
        this.objectMapper = objectMapper;
        this.extractionJson = extractionJson;
    }

    /** {@code choices}: for a mention that fits several people, person index → the chosen person's id (0: new). */
    record NoteRequest(String member, @NotBlank(message = "不能为空") String text, LocalDate referenceDate,
                       java.util.Map<Integer, Long> choices) {
    }

    record Candidate(long id, String name, String branch) {
    }

    /** 409 for a note naming someone who fits several known people: nothing saved, the candidates to choose from. */
    record ChoiceNeeded(int status, String error, String field, String mention, int personIndex,
                        List<Candidate> candidates) {
    }

    /** {@code member} is the author's login, {@code memberName} their display name (what the console shows). */
    record NoteView(long id, String member, @Schema(description = "作者的姓名（member 是登录名）") String memberName, String text, LocalDate referenceDate, String channel,
                    ExtractionStatus status, JsonNode extraction, Instant createdAt) {
    }

    record ExtractRequest(@NotBlank(message = "不能为空") String text, LocalDate referenceDate) {
    }

    /** The extraction of a note, nothing saved (the contract of shared/domain.md). */
    @PostMapping("/extract")
    JsonNode extract(Caller caller, @Valid @RequestBody ExtractRequest request) {
        return extractionJson.toJson(notes.extract(request.text(), request.referenceDate()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    NoteView save(Caller caller, @Valid @RequestBody NoteRequest request) {
        Member author = members.actingFor(caller, request.member(), false, "/api/notes");
        var saved = notes.save(new NoteService.NewNote(author, request.text(), request.referenceDate(), "api", null,
                request.choices() == null ? java.util.Map.of() : request.choices()));
        return view(saved.note());
    }

    @ExceptionHandler(PersonChoiceNeeded.class)
    ResponseEntity<ChoiceNeeded> choiceNeeded(PersonChoiceNeeded e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ChoiceNeeded(409,
                "笔记里的「" + e.mention() + "」对应多位已知人员，请在 choices 里指明是哪一位（0 表示新的人）", "text",
                e.mention(), e.personIndex(), e.candidates().stream()
                        .map(p -> new Candidate(p.id(), p.displayName(), p.branchName())).toList()));
    }

    /** Historical notes from CSV or XLSX (columns: date, member, text), with a report per row. */
    @PostMapping(path = "/import", consumes = "multipart/form-data")
    NoteImport.ImportReport importNotes(Caller caller, @RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new BadRequestException("file", "文件是空的");
        }
        return noteImport.importFile(caller, file.getOriginalFilename(), file.getBytes());
    }

    /** One note in full, for a caller allowed to see it; lists mask phone numbers. */
    @GetMapping("/{id}")
    NoteView one(Caller caller, @PathVariable long id) {
        return notes.findVisible(caller, id).map(this::view).orElseThrow(() -> new NotFoundException("没有这条笔记"));
    }

    record ReextractView(NoteView note, String summary) {
    }

    @PostMapping("/{id}/reextract")
    ReextractView reextract(Caller caller, @PathVariable long id) {
        try {
            var saved = notes.reextract(caller, id);
            return new ReextractView(view(saved.note()), saved.summary());
        } catch (PersonChoiceNeeded e) {
            throw new ConflictException("text", "笔记里的「" + e.mention() + "」对应多位已知人员，请在聊天里重新发送这条笔记并选择");
        }
    }

    /**
     * The caller's visible notes, newest first; {@code query} (text), {@code person} (a name) and the date range
     * {@code from}–{@code to} (the note's date, YYYY-MM-DD) narrow them.
     */
    @GetMapping
    List<NoteView> list(Caller caller, @RequestParam(required = false) String member,
                        @RequestParam(required = false) String query, @RequestParam(required = false) String person,
                        @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                        @RequestParam(defaultValue = "50") int limit) {
        Long authorId = null;
        if (member != null && !member.isBlank()) {
            authorId = members.findByLogin(member).filter(caller::maySee)
                    .orElseThrow(() -> new NotFoundException("没有这个成员：" + member)).id();
        }
        if ((query != null && query.length() > 100) || (person != null && person.length() > 32)) {
            throw new BadRequestException("query", "搜索内容太长");
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new BadRequestException("from", "开始日期晚于结束日期");
        }
        return notes.search(caller, new NoteService.NoteQuery(authorId, query, person, fromDate, toDate, limit)).stream()
                .map(this::view).map(NoteController::masked).toList();
    }

    /** Deletes the note with its facts and tasks (as 撤销 does); audited. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable long id) {
        notes.delete(caller, id);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException(field, "日期格式应为 YYYY-MM-DD，例如 2026-11-30");
        }
    }

    /** Lists show phone numbers masked, in the text and in the extraction, as people lists do. */
    private static NoteView masked(NoteView note) {
        return new NoteView(note.id(), note.member(), note.memberName(), Masking.phonesIn(note.text()), note.referenceDate(), note.channel(),
                note.status(), note.extraction() == null ? null : maskedJson(note.extraction()), note.createdAt());
    }

    private static JsonNode maskedJson(JsonNode extraction) {
        if (extraction instanceof tools.jackson.databind.node.ObjectNode object) {
            for (JsonNode person : object.path("people")) {
                for (JsonNode fact : person.path("facts")) {
                    if (fact instanceof tools.jackson.databind.node.ObjectNode f) {
                        String value = f.path("value").asString("");
                        f.put("value", f.path("key").asString("").equals("phone") ? Masking.phone(value)
                                : Masking.phonesIn(value));
                    }
                }
            }
        }
        return extraction;
    }

    private NoteView view(VisitNote note) {
        JsonNode extraction = note.extractionJson() == null ? null : objectMapper.readTree(note.extractionJson());
        return new NoteView(note.id(), note.memberLogin(), note.memberName(), note.rawText(), note.referenceDate(), note.channel(),
                note.extractionStatus(), extraction, note.createdAt());
    }
}
