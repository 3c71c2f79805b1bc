package com.branchmate.bot.platform.audit;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who viewed or changed what: for admins only. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    List<AuditEntry> recent(@RequestParam(required = false) String targetType,
                            @RequestParam(required = false) String targetId,
                            @RequestParam(defaultValue = "100") int limit) {
        return audit.recent(blankToNull(targetType), blankToNull(targetId), limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
