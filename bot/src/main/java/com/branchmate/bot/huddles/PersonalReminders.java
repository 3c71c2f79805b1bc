package com.branchmate.bot.huddles;

import java.util.List;

/**
 * A member's private morning message: their own reminders, each with one small suggested action, so nobody has
 * to remember to ask.
 */
final class PersonalReminders {

    private PersonalReminders() {
    }

    /** The message; each reminder's action comes from the playbook when it has one, else from the built-in line. */
    static String markdown(List<HuddleWriter.Reminder> reminders, HuddleTips playbook) {
        StringBuilder text = new StringBuilder("**早上好，今天你的提醒：**\n");
        for (HuddleWriter.Reminder reminder : reminders) {
            String action = playbook.actionFor(reminder.kind()).map(HuddleTips.Tip::text)
                    .orElseGet(() -> suggestion(reminder.kind()));
            text.append("- ").append(reminder.text()).append("\n  建议：").append(action).append('\n');
        }
        return text.toString().strip();
    }

    /** One action per kind of moment, for when the knowledge base has nothing on it. */
    static String suggestion(String kind) {
        return switch (kind) {
            case "birthday" -> "当天一早发一条手写风格的祝福，方便的话带一份小礼物（一盒茶、一束花）当面送上。";
            case "anniversary" -> "提前一天问候，提一句对方在意的事，让对方感到被记住。";
            case "maturity" -> "到期前 3 到 5 天联系客户，先了解资金安排，再约时间到网点面谈续作方案。";
            case "overdue" -> "今天先把它办掉，或者发消息说明新的时间，别让对方等。";
            default -> "按约定时间跟进，结束后记一条笔记。";
        };
    }
}
