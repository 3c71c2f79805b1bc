package com.branchmate.extraction.rules;

import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.extraction.mentions.PeopleFinder;
import com.branchmate.extraction.rules.Reading.Clause;
import com.branchmate.extraction.rules.Reading.Task;

import java.util.List;

/** Follow-ups with a due date: 约了下周一再聊, 周五前把计划书发给她. */
final class Tasks {

    private static final List<String> TASK_FILLER = List.of("我答应", "答应", "我说", "约了", "约好", "让我们", "让我", "之前",
            "以前", "我", "说", "前");

    private Tasks() {
    }

    static boolean task(Reading r, int index, Clause c, List<DateResolver.DateMention> clauseDates) {
        String s = c.text();
        if (r.lexicon.hasCue("event_dates", s)) {
            return false;
        }
        DateResolver.DateMention due = null;
        String override = r.lexicon.findCue("task_override", s);
        if (!clauseDates.isEmpty() && r.lexicon.hasCue("task", s)) {
            due = clauseDates.get(0);
            if (override != null) {
                int after = c.start() + s.indexOf(override);
                for (DateResolver.DateMention d : clauseDates) {
                    if (d.start() >= after) {
                        due = d;
                        break;
                    }
                }
            }
        }
        boolean carried = false;
        if (due == null && clauseDates.isEmpty() && index > 0) {
            String carry = r.lexicon.findCue("task_carry", s);
            Clause previous = r.clauses.get(index - 1);
            if (carry != null && previous.sentence() == c.sentence() && !s.contains("想" + carry)) {
                List<DateResolver.DateMention> previousDates = r.datesIn(previous);
                if (!previousDates.isEmpty()) {
                    due = previousDates.get(previousDates.size() - 1);
                    carried = true;
                }
            }
        }
        if (due == null || due.date().date().isBefore(r.reference) || r.vague(due)) {
            return false;
        }
        if (due.date().date().equals(r.reference) && !s.contains("前")) {
            return false; // 今天陪行长吃饭 tells what happened; only 今天下班前... is still to do
        }
        PeopleFinder.Mention named = r.lastMentionIn(c.start(), c.end());
        int person = named != null ? named.person() : r.personAt(c.start());
        if (person < 0) {
            return false;
        }
        String content = taskContent(s, carried ? null : due);
        Task task = new Task(due.date().date(), person, content, index);
        if (override != null && !r.tasks.isEmpty()) {
            Task last = r.tasks.get(r.tasks.size() - 1);
            if (last.clause() == index - 1 && last.person() == person) {
                r.tasks.set(r.tasks.size() - 1, new Task(task.due(), person, last.content(), index));
                return true;
            }
        }
        r.tasks.add(task);
        return true;
    }

    static String taskContent(String clause, DateResolver.DateMention due) {
        String content = due == null ? clause : clause.replace(due.text(), "");
        content = Words.stripLeading(content, TASK_FILLER).replaceAll("(上午|下午|晚上|中午|一早)", "");
        content = content.replaceFirst("^(?:前|之前)", "");
        return content.isBlank() ? clause : content.strip();
    }
}
