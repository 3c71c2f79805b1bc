package com.branchmate.bot.platform.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.MemberLookup;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.web.NotFoundException;

/** API tokens: each member manages their own; an admin sees and revokes everyone's. */
@RestController
@RequestMapping("/api/tokens")
class ApiTokenController {

    private final ApiTokens tokens;
    private final MemberLookup members;
    private final AuditLog audit;

    ApiTokenController(ApiTokens tokens, MemberLookup members, AuditLog audit) {
        this.tokens = tokens;
        this.members = members;
        this.audit = audit;
    }

    record TokenRequest(@NotBlank(message = "不能为空") @Size(max = 64) String name) {
    }

    @GetMapping
    List<ApiTokenView> list(Caller caller) {
        return tokens.list(caller.isAdmin() ? null : caller.memberId());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.IssuedToken create(Caller caller, @Valid @RequestBody TokenRequest request) {
        var issued = tokens.issue(members.actingMember(caller), request.name().strip());
        audit.record(caller, "TOKEN_CREATE", "api_token", String.valueOf(issued.id()), "api", request.name());
        return issued;
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Caller caller, @PathVariable long id) {
        if (!tokens.revoke(id, caller.isAdmin() ? null : caller.memberId())) {
            throw new NotFoundException("没有这个令牌");
        }
        audit.record(caller, "TOKEN_REVOKE", "api_token", String.valueOf(id), "api", null);
    }
}
