package com.branchmate.bot.huddles;

import org.springframework.stereotype.Component;

import com.branchmate.bot.intents.Answer;
import com.branchmate.bot.intents.Intent;
import com.branchmate.bot.intents.IntentHandler;
import com.branchmate.bot.intents.Turn;

/** 今天拜访3个网点，出单2件 / 明天主攻到期客户: the member's report for the day the message was written. */
@Component
class DayReportHandler implements IntentHandler {

    private final DayReports reports;

    DayReportHandler(DayReports reports) {
        this.reports = reports;
    }

    @Override
    public Intent intent() {
        return Intent.DAY_REPORT;
    }

    @Override
    public Answer handle(Turn turn) {
        return Answer.of(reports.record(turn.member(), turn.text(), turn.channel(), turn.referenceDate()),
                "day-report.recorded");
    }
}
