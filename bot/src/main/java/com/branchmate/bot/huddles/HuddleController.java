package com.branchmate.bot.huddles;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.access.Caller;

@RestController
@RequestMapping("/api/huddles")
class HuddleController {

    private final HuddleService huddles;
    private final java.time.Clock clock;

    HuddleController(HuddleService huddles, java.time.Clock clock) {
        this.huddles = huddles;
        this.clock = clock;
    }

    record PreviewRequest(@NotBlank(message = "不能为空") String team, @NotNull(message = "应为 MORNING 或 EVENING") HuddleKind kind,
                          LocalDate date) {
    }

    record PreviewResponse(String title, String markdown) {
    }

    /** Renders any day's huddle without sending it. */
    @PostMapping("/preview")
    PreviewResponse preview(Caller caller, @Valid @RequestBody PreviewRequest request) {
        LocalDate date = request.date() != null ? request.date() : LocalDate.now(clock);
        HuddleMessage message = huddles.preview(caller, request.team(), request.kind(), date);
        return new PreviewResponse(message.title(), message.markdown());
    }

    record Placeholder(String name, String meaning) {
    }

    record DefaultTemplates(String morning, String evening, java.util.List<Placeholder> morningPlaceholders,
                            java.util.List<Placeholder> eveningPlaceholders) {
    }

    /** The built-in layouts and their placeholders, for the console's template editor to start from. */
    @GetMapping("/templates/default")
    DefaultTemplates defaultTemplates(Caller caller) {
        return new DefaultTemplates(HuddleTemplates.MORNING, HuddleTemplates.EVENING, java.util.List.of(
                new Placeholder("title", "标题，含团队和日期"), new Placeholder("yesterdayDate", "上一个工作日的日期"),
                new Placeholder("yesterday", "上一个工作日每位成员的笔记、网点和汇报"),
                new Placeholder("reminders", "今天起的生日、纪念日、产品到期和待办"),
                new Placeholder("tip", "知识库里轮换的一条知识"), new Placeholder("questions", "晨会三问")),
                java.util.List.of(new Placeholder("title", "标题，含团队和日期"),
                        new Placeholder("today", "今天每位成员的笔记"), new Placeholder("missing", "还没记笔记的成员（@提醒）"),
                        new Placeholder("targets", "目标差（设了目标时）"), new Placeholder("questions", "夕会三问")));
    }

    @GetMapping("/history")
    java.util.List<HuddleRecord> history(Caller caller, @RequestParam String team,
                                         @RequestParam(defaultValue = "60") int limit) {
        return huddles.history(caller, team, limit);
    }

    @GetMapping("/reports")
    java.util.List<DayReport> reports(Caller caller, @RequestParam String team, @RequestParam(required = false) LocalDate date) {
        return huddles.reports(caller, team, date != null ? date : LocalDate.now(clock));
    }

    @GetMapping("/settings/{team}")
    HuddleSettings settings(Caller caller, @PathVariable String team) {
        return huddles.settingsOf(huddles.teamFor(caller, team, true).id()).redacted();
    }

    @PutMapping("/settings/{team}")
    HuddleSettings save(Caller caller, @PathVariable String team, @Valid @RequestBody HuddleSettings settings) {
        return huddles.save(caller, team, settings).redacted();
    }
}
