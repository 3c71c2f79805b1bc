package com.branchmate.bot.branches;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
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
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.web.BadRequestException;

@RestController
@RequestMapping("/api/branches")
class BranchController {

    private final BranchService branches;
    private final MemberService members;

    BranchController(BranchService branches, MemberService members) {
        this.branches = branches;
        this.members = members;
    }

    record BranchRequest(@NotBlank(message = "不能为空") @Size(max = 64) String bank,
                         @NotBlank(message = "不能为空") @Size(max = 128) String name, String owner,
                         @Size(max = 255) String address) {
    }

    /** Every field optional: only what is given changes. */
    record BranchUpdate(@Size(max = 64) String bank, @Size(max = 128) String name, String owner,
                        @Size(max = 255) String address) {
    }

    @GetMapping
    List<BranchSummary> list(Caller caller) {
        return branches.summaries(caller);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BranchSummary add(Caller caller, @Valid @RequestBody BranchRequest request) {
        Branch branch = branches.add(caller, request.bank(), request.name(), owner(caller, request.owner()),
                request.address());
        return summary(caller, branch.id());
    }

    @PutMapping("/{id}")
    BranchSummary update(Caller caller, @PathVariable long id, @Valid @RequestBody BranchUpdate request) {
        Member owner = request.owner() == null || request.owner().isBlank() ? null : owner(caller, request.owner());
        branches.update(caller, id, request.bank(), request.name(), owner, request.address());
        return summary(caller, id);
    }

    private BranchSummary summary(Caller caller, long id) {
        return branches.summaries(caller).stream().filter(b -> b.id() == id).findFirst()
                .orElseGet(() -> branches.summaries(com.branchmate.bot.access.Caller.system()).stream()
                        .filter(b -> b.id() == id).findFirst().orElseThrow());
    }

    /** The member who looks after the branch: the caller by default; others only within what the caller manages. */
    private Member owner(Caller caller, String login) {
        if (login == null || login.isBlank()) {
            if (caller.memberId() == null) {
                throw new BadRequestException("owner", "请指定负责的成员（owner）");
            }
            return members.findById(caller.memberId()).orElseThrow();
        }
        return members.findByLogin(login).filter(caller::mayActFor)
                .orElseThrow(() -> new BadRequestException("owner", "没有这个成员，或你不能把网点分给他：" + login));
    }
}
