package com.branchmate.bot.tasks;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.audit.AuditLog;
import com.branchmate.bot.platform.web.NotFoundException;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskService tasks;
    private final MemberService members;
    private final AuditLog audit;

    TaskController(TaskService tasks, MemberService members, AuditLog audit) {
        this.tasks = tasks;
        this.members = members;
        this.audit = audit;
    }

    record TaskUpdate(@NotNull(message = "不能为空") Boolean done) {
    }

    @GetMapping
    List<Task> list(Caller caller, @RequestParam(defaultValue = "open") String status,
                    @RequestParam(defaultValue = "200") int limit) {
        // A list masks phone numbers, as every list does.
        return tasks.visible(caller, !"all".equals(status), limit).stream().map(Task::masked).toList();
    }

    @PutMapping("/{id}")
    Task update(Caller caller, @PathVariable long id, @Valid @RequestBody TaskUpdate request) {
        Task task = tasks.setDone(caller, id, request.done(),
                        memberId -> members.findById(memberId).filter(caller::mayActFor).isPresent())
                .orElseThrow(() -> new NotFoundException("没有这个待办"));
        audit.record(caller, "TASK_UPDATE", "task", String.valueOf(id), "api", Boolean.TRUE.equals(request.done()) ? "标记完成" : "标记未完成");
        return task;
    }
}
