package com.branchmate.bot.kb;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Role;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.web.BadRequestException;
import com.branchmate.knowledge.KnowledgeBase;

/**
 * The knowledge base's settings: whether the built-in playbook is searched. Stored with the documents, so it holds
 * after a restart and on every instance. Anyone signed in may read it; only an admin changes it.
 */
@RestController
@RequestMapping("/api/kb/settings")
class KnowledgeSettingsController {

    private final KnowledgeBase knowledge;
    private final AuditLog audit;

    KnowledgeSettingsController(KnowledgeBase knowledge, AuditLog audit) {
        this.knowledge = knowledge;
        this.audit = audit;
    }

    record Settings(Boolean builtInPlaybook) {
    }

    @GetMapping
    Settings settings(Caller caller) {
        return new Settings(knowledge.builtInPlaybookEnabled());
    }

    @PutMapping
    Settings change(Caller caller, @RequestBody Settings request) {
        if (caller.role() != Role.ADMIN) {
            throw new AccessDeniedException("only admins switch the built-in playbook");
        }
        if (request == null || request.builtInPlaybook() == null) {
            throw new BadRequestException("builtInPlaybook", "请说明是否启用内置手册（true 或 false）");
        }
        boolean enabled = request.builtInPlaybook();
        if (enabled != knowledge.builtInPlaybookEnabled()) {
            knowledge.builtInPlaybook(enabled);
            audit.record(caller, "KB_SETTINGS", "kb_settings", "built_in_playbook", "api",
                    enabled ? "开启内置展业手册" : "关闭内置展业手册");
        }
        return new Settings(knowledge.builtInPlaybookEnabled());
    }
}
