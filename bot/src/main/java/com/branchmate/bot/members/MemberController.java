package com.branchmate.bot.members;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.access.Role;

/** Members and their chat bindings (WeCom user id, DingTalk staff id). */
@RestController
@RequestMapping("/api")
class MemberController {

    private final MemberService members;

    MemberController(MemberService members) {
        this.members = members;
    }

    record MemberView(String login, String name, Role role, String team, String wecomUserId, String dingtalkStaffId,
                      boolean enabled, boolean canLogIn) {
        static MemberView of(Member m) {
            return new MemberView(m.login(), m.displayName(), m.role(), m.teamCode(), m.wecomUserId(),
                    m.dingtalkStaffId(), m.enabled(), m.canLogIn());
        }
    }

    record CreateMemberRequest(
            @NotBlank(message = "不能为空") @Pattern(regexp = "[A-Za-z0-9._@-]{2,64}", message = "只能是 2-64 位字母、数字或 ._@-") String login,
            @NotBlank(message = "不能为空") @Size(max = 64, message = "最长 64 个字") String name,
            Role role, String team,
            @Size(min = 8, max = 128, message = "长度应为 8-128 位") String password,
            @Size(max = 128) String wecomUserId,
            @Size(max = 128) String dingtalkStaffId) {
    }

    record UpdateMemberRequest(@Size(max = 64, message = "最长 64 个字") String name, Role role, String team,
                               @Size(min = 8, max = 128, message = "长度应为 8-128 位") String password,
                               @Size(max = 128) String wecomUserId, @Size(max = 128) String dingtalkStaffId,
                               Boolean enabled) {
    }

    record Me(String login, String name, Role role, String team, boolean system) {
    }

    /** Who is logged in, for the console's navigation. */
    @GetMapping("/me")
    Me me(Caller caller) {
        if (caller.isSystem()) {
            return new Me(caller.login(), "系统令牌", caller.role(), null, true);
        }
        Member member = members.findById(caller.memberId()).orElseThrow();
        return new Me(member.login(), member.displayName(), member.role(), member.teamCode(), false);
    }

    @GetMapping("/members")
    List<MemberView> list(Caller caller) {
        return members.visibleTo(caller).stream().map(MemberView::of).toList();
    }

    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
    MemberView create(Caller caller, @Valid @RequestBody CreateMemberRequest request) {
        var created = members.create(caller, new MemberService.NewMember(request.login(), request.name(),
                request.role(), request.team(), request.password(), request.wecomUserId(), request.dingtalkStaffId()),
                "api");
        return MemberView.of(created);
    }

    @PutMapping("/members/{login}")
    MemberView update(Caller caller, @PathVariable String login, @Valid @RequestBody UpdateMemberRequest request) {
        var updated = members.update(caller, login, new MemberService.MemberChanges(request.name(), request.role(),
                request.team(), request.password(), request.wecomUserId(), request.dingtalkStaffId(),
                request.enabled()), "api");
        return MemberView.of(updated);
    }
}
