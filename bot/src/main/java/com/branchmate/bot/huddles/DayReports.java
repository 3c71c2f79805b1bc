package com.branchmate.bot.huddles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.platform.persistence.GeneratedId;

/** Members' day reports: recorded from their huddle answers, read by the next huddle. */
@Service
public class DayReports {

    private final DayReportMapper reports;
    private final Clock clock;

    DayReports(DayReportMapper reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Records the text as the member's report for {@code day} (the day the message was written), replacing an earlier
     * one of that day; the confirmation line. Figures the parser does not find stay empty: a plan is a report too.
     */
    @Transactional
    public String record(Member member, String text, String channel, LocalDate day) {
        DayReportParser.Figures figures = DayReportParser.parse(text)
                .orElse(new DayReportParser.Figures(null, null, null));
        GeneratedId id = new GeneratedId();
        reports.insert(new DayReport(null, member.teamId(), member.id(), member.login(), member.displayName(),
                day, figures.visits(), figures.policies(), figures.premium(), text, channel, clock.instant(),
                null), id);
        int replaced = reports.supersedeEarlier(member.id(), day, id.get(), clock.instant());
        return confirmation(figures, replaced > 0, DayReportParser.plan(text).orElse(null));
    }

    public List<DayReport> current(long teamId, LocalDate date) {
        return reports.findCurrent(teamId, date);
    }

    public List<DayReport> history(long memberId, LocalDate date) {
        return reports.findHistory(memberId, date);
    }

    private static String confirmation(DayReportParser.Figures figures, boolean replaced, String plan) {
        StringBuilder line = new StringBuilder(replaced ? "已更新今日汇报：" : "已记录今日汇报：");
        if (figures.visits() != null) {
            line.append("拜访 ").append(figures.visits()).append(" 个网点，");
        }
        if (figures.policies() != null) {
            line.append("出单 ").append(figures.policies()).append(" 件，");
        }
        if (figures.premium() != null) {
            line.append("保费 ").append(HuddleFormat.money(figures.premium())).append("，");
        }
        line.setLength(line.length() - 1);
        line.append("。");
        return plan == null ? line.toString() : line.append("明天的计划（").append(plan).append("）会放进明早的晨会。").toString();
    }
}
