package com.branchmate.bot.branches;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.members.Caller;
import com.branchmate.bot.members.Member;
import com.branchmate.bot.platform.persistence.GeneratedId;

/** Banks and their branches; a branch a note names is created on first mention, looked after by its author. */
@Service
public class BranchService {

    private final BranchMapper branches;
    private final Clock clock;

    BranchService(BranchMapper branches, Clock clock) {
        this.branches = branches;
        this.clock = clock;
    }

    public Optional<Branch> findById(long id) {
        return Optional.ofNullable(branches.findById(id));
    }

    public List<Branch> visible(Caller caller) {
        return branches.findVisible(caller.visibility());
    }

    /**
     * The branch a note names. With no bank given (a note says only 城南支行), an existing branch of that name is
     * reused when there is exactly one; otherwise nothing is created.
     */
    @Transactional
    public Optional<Branch> resolve(String bank, String name, Member author, Long sourceNoteId) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (bank == null || bank.isBlank()) {
            List<Branch> sameName = branches.findByName(name);
            return sameName.size() == 1 ? Optional.of(sameName.get(0)) : Optional.empty();
        }
        Instant now = clock.instant();
        Long bankId = branches.findBankId(bank);
        if (bankId == null) {
            GeneratedId id = new GeneratedId();
            branches.insertBank(bank, now, id);
            bankId = id.get();
        }
        Branch existing = branches.findByBankAndName(bankId, name);
        if (existing != null) {
            return Optional.of(existing);
        }
        GeneratedId id = new GeneratedId();
        branches.insert(new Branch(null, bankId, bank, name, author.id(), author.login(), null, now, now),
                sourceNoteId, id);
        return Optional.of(branches.findById(id.get()));
    }

    /** Undo: a branch first named by this note goes when nothing else refers to it. */
    @Transactional
    public void forgetCreatedBy(long noteId) {
        branches.deleteCreatedByNote(noteId);
    }
}
