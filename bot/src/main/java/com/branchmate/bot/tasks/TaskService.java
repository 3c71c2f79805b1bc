package com.branchmate.bot.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.platform.persistence.GeneratedId;

@Service
public class TaskService {

    private final TaskMapper tasks;
    private final Clock clock;

    TaskService(TaskMapper tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Runs in the caller's transaction (the note being saved). */
    public Task add(long memberId, Long personId, long noteId, LocalDate due, String content) {
        GeneratedId id = new GeneratedId();
        tasks.insert(new Task(null, memberId, null, null, personId, null, noteId, due, content, false, null,
                clock.instant()), id);
        return new Task(id.get(), memberId, null, null, personId, null, noteId, due, content, false, null, clock.instant());
    }

    public List<Task> createdBy(long noteId) {
        return tasks.findByNote(noteId);
    }

    public List<Task> open(Caller caller, LocalDate dueBy, int limit) {
        return tasks.findOpen(caller.visibility(), dueBy, limit);
    }

    public List<Task> open(com.branchmate.bot.access.Visibility scope, LocalDate dueBy, int limit) {
        return tasks.findOpen(scope, dueBy, limit);
    }

    public List<Task> visible(Caller caller, boolean openOnly, int limit) {
        return tasks.findVisible(caller.visibility(), openOnly, Math.max(1, Math.min(limit, 500)));
    }

    /** Every task the caller may see, open and done, up to {@code max}, for an export. */
    public List<Task> allVisible(Caller caller, int max) {
        return tasks.findVisible(caller.visibility(), false, max);
    }

    /** Marks a task done (or open again); only someone who may act for its member. */
    public java.util.Optional<Task> setDone(Caller caller, long id, boolean done,
                                            java.util.function.Predicate<Long> mayActForMember) {
        Task task = tasks.findById(id);
        if (task == null || !mayActForMember.test(task.memberId())) {
            return java.util.Optional.empty();
        }
        tasks.markDone(id, done, clock.instant());
        return java.util.Optional.of(tasks.findById(id));
    }

    public List<Task> forPerson(long personId) {
        return tasks.findByPerson(personId);
    }

    /** Erasure: tasks about the person stay as the member's work, without the person. */
    public void detachPerson(long personId) {
        tasks.detachPerson(personId, "（相关人员信息已按要求删除）");
    }

    public void forgetCreatedBy(long noteId) {
        tasks.deleteByNote(noteId);
    }
}
