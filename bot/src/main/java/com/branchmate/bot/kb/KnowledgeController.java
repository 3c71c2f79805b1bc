package com.branchmate.bot.kb;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import com.branchmate.bot.access.Role;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.web.ApiError;
import com.branchmate.bot.platform.web.BadRequestException;
import com.branchmate.bot.platform.web.NotFoundException;
import com.branchmate.knowledge.KnowledgeBase;
import com.branchmate.knowledge.answer.Answerer;
import com.branchmate.knowledge.answer.Citation;
import com.branchmate.knowledge.ingest.UnreadableDocumentException;
import com.branchmate.knowledge.scripts.CustomerProfile;
import com.branchmate.knowledge.store.KnowledgeStore;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The knowledge base over HTTP: documents (admins and team leads change them), search, answers and scripts. */
@RestController
@RequestMapping("/api")
class KnowledgeController {

    /** Longest file name taken: a title made from it must fit the document table's 200 characters. */
    static final int MAX_FILE_NAME = 200;

    private final KnowledgeBase knowledge;
    private final Answerer answerer;
    private final CustomerScripts scripts;
    private final MemberService members;
    private final AuditLog audit;

    KnowledgeController(KnowledgeBase knowledge, Answerer answerer, CustomerScripts scripts, MemberService members,
                        AuditLog audit) {
        this.knowledge = knowledge;
        this.answerer = answerer;
        this.scripts = scripts;
        this.members = members;
        this.audit = audit;
    }

    record DocumentView(long id, String title, String fileName, int chunks, int characters, String uploadedBy,
                        Instant uploadedAt, boolean builtIn) {
        static DocumentView of(KnowledgeStore.Document d) {
            return new DocumentView(d.id(), d.title(), d.fileName(), d.chunks(), d.characters(), d.uploadedBy(),
                    d.uploadedAt(), d.builtIn());
        }
    }

    record UploadView(long id, String title, int chunks, String outcome) {
    }

    @GetMapping("/kb/documents")
    List<DocumentView> documents(Caller caller) {
        return knowledge.documents().stream().map(DocumentView::of).toList();
    }

    /** The same bytes again answer 200 with the stored document; a new document or version answers 201. */
    @PostMapping(path = "/kb/documents", consumes = "multipart/form-data")
    ResponseEntity<UploadView> upload(Caller caller, @RequestParam("file") MultipartFile file,
                                      @RequestParam(value = "title", required = false) String title) throws IOException {
        mayEdit(caller);
        if (file.isEmpty()) {
            throw new BadRequestException("file", "文件是空的");
        }
        if (title != null && title.strip().length() > 200) {
            throw new BadRequestException("title", "标题不能超过 200 个字");
        }
        String fileName = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        if (fileName.length() > MAX_FILE_NAME || fileName.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException("file", "文件名不能超过 " + MAX_FILE_NAME + " 个字，也不能含控制字符");
        }
        var ingested = knowledge.ingest(fileName, file.getBytes(), title, caller.login(), false);
        var document = ingested.document();
        if (ingested.outcome() != KnowledgeBase.Outcome.UNCHANGED) {
            audit.record(caller, "KB_UPLOAD", "kb_document", String.valueOf(document.id()), "api",
                    (ingested.outcome() == KnowledgeBase.Outcome.ADDED ? "上传 " : "替换新版 ") + fileName);
        }
        HttpStatus status = ingested.outcome() == KnowledgeBase.Outcome.UNCHANGED ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).body(new UploadView(document.id(), document.title(), document.chunks(),
                ingested.outcome().name().toLowerCase()));
    }

    @DeleteMapping("/kb/documents/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable long id) {
        mayEdit(caller);
        var document = knowledge.document(id).orElseThrow(() -> new NotFoundException("没有这份资料"));
        if (!mayDelete(caller, document)) {
            throw new AccessDeniedException("only admins and the uploading team delete a document");
        }
        knowledge.delete(id);
        audit.record(caller, "KB_DELETE", "kb_document", String.valueOf(id), "api", document.title());
    }

    record SearchRequest(@NotBlank(message = "不能为空") @Size(max = 500) String query,
                         @Min(value = 1, message = "至少为 1") @Max(value = 50, message = "最多 50") Integer k) {
    }

    /** {@code score}: relevance 0 to 1, calibrated (see RelevanceModel), in the order of the search. */
    record HitView(long documentId, String title, String section, String text,
                   @Schema(description = "相关度，0 到 1（已校准），越大越相关；低于阈值时问答视为没有找到") double score) {
    }

    record SearchResult(List<HitView> hits) {
    }

    @PostMapping("/kb/search")
    SearchResult search(Caller caller, @Valid @RequestBody SearchRequest request) {
        int k = request.k() == null ? 5 : request.k();
        return new SearchResult(knowledge.search(request.query(), k).stream()
                .map(h -> new HitView(h.passage().documentId(), h.passage().title(), h.passage().section(),
                        h.passage().text(), Math.round(h.relevance() * 1000) / 1000.0))
                .toList());
    }

    record AskRequest(@NotBlank(message = "不能为空") @Size(max = 500) String question, String member) {
    }

    /** {@code found} is false when the knowledge base has nothing on the question (then citations is empty). */
    record AskResult(String answer, List<Citation> citations,
                     @Schema(description = "知识库里有相关内容时为 true；false 时回答说明没有找到，citations 为空") boolean found) {
    }

    @PostMapping("/kb/ask")
    AskResult ask(Caller caller, @Valid @RequestBody AskRequest request) {
        actingAs(caller, request.member(), false, "/api/kb/ask");
        var answer = answerer.ask(request.question(), KnowledgePlaybook.maxChars("api"));
        return new AskResult(answer.text(), answer.citations(), answer.found());
    }

    record ScriptRequest(String member, @NotBlank(message = "不能为空") @Size(max = 500) String request,
                         @Size(max = 64) String customer) {
    }

    record FactUsed(String key, String label, String value) {
        static FactUsed of(CustomerProfile.Fact fact) {
            return new FactUsed(fact.key(), fact.label(), fact.value());
        }
    }

    record ScriptResult(String script, List<Citation> citations, List<FactUsed> factsUsed, String customer) {
    }

    /** A script for the member, about the customer they name; the customer is looked up within that member's scope. */
    @PostMapping("/scripts")
    ScriptResult script(Caller caller, @Valid @RequestBody ScriptRequest request) {
        Caller scope = actingAs(caller, request.member(), true, "/api/scripts");
        var result = scripts.write(scope, request.request(), request.customer(), "api");
        return new ScriptResult(result.script().text(), result.script().citations(),
                result.script().factsUsed().stream().map(FactUsed::of).toList(),
                result.customer().map(p -> p.displayName()).orElse(null));
    }

    /**
     * The caller whose permissions apply: the named member when the caller may act for them, else the caller. The
     * deployment's own token names the member when customer data is involved, so it never sees beyond one member.
     */
    private Caller actingAs(Caller caller, String login, boolean memberNeeded, String endpoint) {
        if ((login == null || login.isBlank()) && !(caller.isSystem() && memberNeeded)) {
            return caller;
        }
        return Caller.of(members.actingFor(caller, login, false, endpoint));
    }

    /** Admins delete any document; a team lead only one uploaded by their own team, never a built-in one. */
    private boolean mayDelete(Caller caller, KnowledgeStore.Document document) {
        if (caller.isAdmin()) {
            return true;
        }
        if (document.builtIn() || document.uploadedBy() == null || caller.teamId() == null) {
            return false;
        }
        return members.findByLogin(document.uploadedBy()).map(Member::teamId).filter(caller.teamId()::equals)
                .isPresent();
    }

    private static void mayEdit(Caller caller) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.MANAGER) {
            throw new AccessDeniedException("only admins and team leads change the knowledge base");
        }
    }

    @ExceptionHandler(UnreadableDocumentException.class)
    ResponseEntity<ApiError> unreadable(UnreadableDocumentException e) {
        HttpStatus status = switch (e.reason()) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case NO_TEXT, DAMAGED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        return ResponseEntity.status(status).body(new ApiError(status.value(), e.getMessage(), "file"));
    }
}
