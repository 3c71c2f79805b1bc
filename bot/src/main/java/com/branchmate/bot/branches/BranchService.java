package com.branchmate.bot.branches;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.extraction.vocabulary.BankNames;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.persistence.GeneratedId;
import com.branchmate.bot.platform.web.ConflictException;
import com.branchmate.bot.platform.web.NotFoundException;

/** Banks and their branches; a branch a note names is created on first mention, looked after by its author. */
@Service
public class BranchService {

    private final BranchMapper branches;
    private final AuditLog audit;
    private final Clock clock;

    BranchService(BranchMapper branches, AuditLog audit, Clock clock) {
        this.branches = branches;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Branch> findById(long id) {
        return Optional.ofNullable(branches.findById(id));
    }

    public List<Branch> visible(Caller caller) {
        return branches.findVisible(caller.visibility());
    }

    /**
     * The branch a note names. With no bank given (a note says only 城南支行), an existing branch of that name within
     * what the author may see is reused when there is exactly one; otherwise nothing is created, so a note never
     * attaches to (and opens up) another team's branch.
     */
    @Transactional
    public Optional<Branch> resolve(String bank, String name, Member author, Long sourceNoteId) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (bank == null || bank.isBlank()) {
            List<Branch> sameName = branches.findByName(name, Caller.of(author).visibility());
            return sameName.size() == 1 ? Optional.of(sameName.get(0)) : Optional.empty();
        }
        Instant now = clock.instant();
        long bankId = bankId(bank, now);
        Branch existing = branches.findByBankAndName(bankId, name);
        if (existing != null) {
            return Optional.of(existing);
        }
        GeneratedId id = new GeneratedId();
        try {
            branches.insert(new Branch(null, bankId, bank, name, author.id(), author.login(), null, now, now),
                    sourceNoteId, id);
        } catch (DuplicateKeyException e) {
            // Another note named the same new branch at the same moment; theirs is the one.
            return Optional.of(branches.findByBankAndName(bankId, name));
        }
        return Optional.of(branches.findById(id.get()));
    }

    /**
     * The bank's id, created on first mention. Concurrent first mentions meet at the unique index; the loser reads
     * the winner's row (callers run at READ COMMITTED so that row is visible).
     */
    private long bankId(String bank, Instant now) {
        Long bankId = branches.findBankId(bank);
        if (bankId != null) {
            return bankId;
        }
        GeneratedId id = new GeneratedId();
        try {
            branches.insertBank(bank, now, id);
            return id.get();
        } catch (DuplicateKeyException e) {
            return branches.findBankId(bank);
        }
    }

    public List<BranchSummary> summaries(Caller caller) {
        return branches.findSummaries(caller.visibility());
    }

    /** A branch added in the console; the owner defaults to whoever adds it. */
    @Transactional
    public Branch add(Caller caller, String bank, String name, Member owner, String address) {
        String fullBank = BankNames.fullName(bank);
        Instant now = clock.instant();
        long bankId = bankId(fullBank, now);
        if (branches.findByBankAndName(bankId, name.strip()) != null) {
            throw new ConflictException("name", "这个网点已经有了：" + fullBank + name.strip());
        }
        GeneratedId id = new GeneratedId();
        branches.insert(new Branch(null, bankId, fullBank, name.strip(), owner.id(), owner.login(),
                address == null || address.isBlank() ? null : address.strip(), now, now), null, id);
        audit.record(caller, "BRANCH_CREATE", "branch", String.valueOf(id.get()), "api", fullBank + name.strip());
        return branches.findById(id.get());
    }

    @Transactional
    public Branch update(Caller caller, long id, Member owner, String address) {
        return update(caller, id, null, null, owner, address);
    }

    /** Changes the owner or address, and corrects the bank or name when given (null keeps what is there). */
    @Transactional
    public Branch update(Caller caller, long id, String bank, String name, Member owner, String address) {
        Branch branch = visible(caller).stream().filter(b -> b.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("没有这个网点"));
        boolean renamed = bank != null && !bank.isBlank() || name != null && !name.isBlank();
        if (renamed) {
            String fullBank = bank != null && !bank.isBlank() ? BankNames.fullName(bank) : branch.bankName();
            String newName = name != null && !name.isBlank() ? name.strip() : branch.name();
            long bankId = bankId(fullBank, clock.instant());
            Branch same = branches.findByBankAndName(bankId, newName);
            if (same != null && same.id() != id) {
                throw new ConflictException("name", "已经有这个网点了：" + fullBank + newName);
            }
            branches.rename(id, bankId, newName, clock.instant());
            audit.record(caller, "BRANCH_RENAME", "branch", String.valueOf(id), "api",
                    branch.bankName() + branch.name() + " → " + fullBank + newName);
        }
        branches.update(id, owner != null ? owner.id() : branch.ownerMemberId(),
                address != null ? (address.isBlank() ? null : address.strip()) : branch.address(), clock.instant());
        audit.record(caller, "BRANCH_UPDATE", "branch", String.valueOf(id), "api", null);
        return branches.findById(id);
    }

    /** Undo: a branch first named by this note goes when nothing else refers to it. */
    @Transactional
    public void forgetCreatedBy(long noteId) {
        branches.deleteCreatedByNote(noteId);
    }
}
