package com.branchmate.bot.huddles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.members.Member;
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

    /** Records the text as today's report when it reads as one; the confirmation line, else empty. */
    @Transactional
    public Optional<String> recordIfReport(Member member, String text, String channel) {
        return DayReportParser.parse(text).map(figures -> {
            LocalDate today = LocalDate.now(clock);
            GeneratedId id = new GeneratedId();
            reports.insert(new DayReport(null, member.teamId(), member.id(), member.login(), member.displayName(),
                    today, figures.visits(), figures.policies(), figures.premium(), text, channel, clock.instant(),
                    null), id);
            int replaced = reports.supersedeEarlier(member.id(), today, id.get(), clock.instant());
            return confirmation(figures, replaced > 0);
        });
    }

    public List<DayReport> current(long teamId, LocalDate date) {
        return reports.findCurrent(teamId, date);
    }

    public List<DayReport> history(long memberId, LocalDate date) {
        return reports.findHistory(memberId, date);
    }

    private static String confirmation(DayReportParser.Figures figures, boolean replaced) {
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
        return line.append("。").toString();
    }
}
