package com.branchmate.extraction.rules;

import com.branchmate.extraction.dates.DateResolver;
import com.branchmate.extraction.mentions.PeopleFinder;
import com.branchmate.extraction.rules.Reading.Clause;
import com.branchmate.extraction.rules.Reading.Task;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Follow-ups with a due date: 约了下周一再聊, 周五前把计划书发给她. */
final class Tasks {

    private static final List<String> TASK_FILLER = List.of("我答应", "答应", "我说", "约了", "约好", "让我们", "让我", "之前",
            "以前", "我", "说", "前");

    private static final Pattern MATURITY_DAY = Pattern.compile("到期(那天|当天|那一天|日)");

    /** The date mention of the person's last maturity found so far, or null. */
    private static DateResolver.DateMention maturityOf(Reading r, int person) {
        DateResolver.DateMention found = null;
        for (Reading.Found f : r.facts) {
            if (f.person() == person && f.key().equals("maturity")) {
                for (DateResolver.DateMention d : r.dateMentions) {
                    if (d.start() == f.position()) {
                        found = d;
                    }
                }
            }
        }
        return found;
    }

    /** What right before a carried task word puts it off (再, 回来后) or rules it out (别, 不, 没). */
    private static final Pattern DEFERRED = Pattern.compile("[再别不没后]$");
    /** 别那天找她, 周五不要约他, 别周一去 (别忘了约他 is a reminder): a day ruled out for seeing the person, no follow-up on it. */
    private static final Pattern RULED_OUT = Pattern.compile(
            "(?:别|不要|不用|不必|千万别|尽量别)(?!忘)[^，,。\\s]{0,4}?(?:再)?(?:找|约|去|过去|来|打|联系|上门|拜访)");

    /** The writer commits to be there (答应一定去, 说一定到, 答应了去). */
    private static final Pattern ATTEND = Pattern.compile("答应.{0,4}去|一定(去|到|参加)|会去参加|说好去");

    private static final Pattern INVITED = Pattern.compile("(请|叫|喊|邀请|让)我们?(去|过去|参加)");
    private static final Pattern AGREED = Pattern.compile("答应|说好|好的|没问题");

    private Tasks() {
    }

    /**
     * 她下周六结婚我答应一定去: an event of the person (a wedding, a birthday) with the writer's promise to attend, in the
     * clause or the next two of the same sentence, is a follow-up on the event's day.
     */
    private static boolean attendance(Reading r, int index, Clause c, List<DateResolver.DateMention> clauseDates) {
        if (clauseDates.isEmpty() || r.lexicon.hasCue("correction", c.text())) {
            return false;
        }
        DateResolver.DateMention day = clauseDates.get(0);
        String promise = c.text().substring(day.end() - c.start());
        // the promise may come after the invitation (她女儿下周六结婚 请我去 我答应一定到)
        for (int next = index + 1; next <= index + 2 && next < r.clauses.size()
                && r.clauses.get(next).sentence() == c.sentence(); next++) {
            promise += "|" + r.clauses.get(next).text();
        }
        Matcher m = ATTEND.matcher(promise);
        boolean promised = m.find();
        if (!promised) {
            // 她请我去 我答应了: an invitation to the writer, then the writer's yes
            m = INVITED.matcher(promise);
            promised = m.find() && AGREED.matcher(promise).region(m.end(), promise.length()).find();
        }
        if (!promised || day.date().date().isBefore(r.reference) || r.vague(day)) {
            return false;
        }
        int person = r.personAt(day.start());
        if (person < 0) {
            return false;
        }
        r.tasks.add(new Task(day.date().date(), person, m.group(), index));
        return true;
    }

    /** 约了周四 改到周五了: a clause that only moves the follow-up just made, in its sentence, gives it the new date. */
    private static boolean moved(Reading r, int index, Clause c, String override,
                                 List<DateResolver.DateMention> clauseDates) {
        if (r.tasks.isEmpty()) {
            return false;
        }
        Task last = r.tasks.get(r.tasks.size() - 1);
        if (r.clauses.get(last.clause()).sentence() != c.sentence() || index - last.clause() > 2) {
            return false;
        }
        int after = c.start() + c.text().indexOf(override);
        for (DateResolver.DateMention d : clauseDates) {
            if (d.start() >= after && !r.vague(d) && !d.date().date().isBefore(r.reference)) {
                r.tasks.set(r.tasks.size() - 1, new Task(d.date().date(), last.person(), last.content(), last.clause()));
                return true;
            }
        }
        return false;
    }

    /**
     * 让我把计划书发给他，最迟下周三: a deadline after a clause of the same sentence that asks for something without a
     * date makes that clause a follow-up due then.
     */
    private static boolean deadline(Reading r, int index, Clause c, String override,
                                    List<DateResolver.DateMention> clauseDates) {
        if (!DEADLINES.contains(override) || index == 0) {
            return false;
        }
        Clause asked = r.clauses.get(index - 1);
        if (asked.sentence() != c.sentence() || !r.datesIn(asked).isEmpty() || !r.lexicon.hasCue("task", asked.text())) {
            return false;
        }
        DateResolver.DateMention due = clauseDates.get(0);
        if (r.vague(due) || !due.date().date().isAfter(r.reference)) {
            return false;
        }
        PeopleFinder.Mention named = r.lastMentionIn(asked.start(), asked.end());
        int person = named != null ? named.person() : r.personAt(asked.start());
        if (person < 0) {
            return false;
        }
        r.tasks.add(new Task(due.date().date(), person, taskContent(asked.text(), null), index - 1));
        return true;
    }

    private static final List<String> DEADLINES = List.of("最晚", "最迟", "不晚于");

    static boolean task(Reading r, int index, Clause c, List<DateResolver.DateMention> clauseDates) {
        String s = c.text();
        if (r.lexicon.hasCue("absence", s) || RULED_OUT.matcher(s).find()) {
            return false;
        }
        String cues = cueText(r, c);
        if (clauseDates.isEmpty() && MATURITY_DAY.matcher(s).find() && r.lexicon.hasCue("task", cues)) {
            // 到期那天约她来: on the day the person's deposit matures, told before
            int person = r.personAt(c.start());
            DateResolver.DateMention matures = maturityOf(r, person);
            if (matures != null && matures.date().date().isAfter(r.reference)) {
                r.tasks.add(new Task(matures.date().date(), person, taskContent(s, null), index));
                return true;
            }
        }
        if (r.lexicon.hasCue("event_dates", s)) {
            return attendance(r, index, c, clauseDates) || presentOnTheDay(r, index, c, clauseDates);
        }
        DateResolver.DateMention due = null;
        String override = r.lexicon.findCue("task_override", s);
        if (override != null && !clauseDates.isEmpty() && !r.lexicon.hasCue("task", cues) && (moved(r, index, c, override,
                clauseDates) || deadline(r, index, c, override, clauseDates))) {
            return true;
        }
        if (!clauseDates.isEmpty() && r.lexicon.hasCue("task", cues)) {
            due = nearestToCue(r, c, clauseDates);
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
            if (carry != null && DEFERRED.matcher(s.substring(0, s.indexOf(carry))).find()) {
                carry = null; // 节后再约他, 这周别约他: put off or ruled out, not on the day just said
            }
            // the date of the clause before, or of the one before it when a short statement stands between
            // (他下周六过生日 牛佳怡想给他送个蛋糕 我说好那天上午一起去)
            for (int back = index - 1; carry != null && due == null && back >= Math.max(0, index - 2); back--) {
                Clause previous = r.clauses.get(back);
                if (previous.sentence() != c.sentence() || s.contains("想" + carry)
                        || r.lexicon.hasCue("absence", previous.text())) {
                    break;
                }
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

    /**
     * The date a follow-up is due is the one that modifies its verb, which in Chinese stands right before the verb
     * or its object (他初三回来值班，让我2月24号去一趟): the date nearest a task word of the clause, the earlier one on a tie.
     */
    private static DateResolver.DateMention nearestToCue(Reading r, Clause c, List<DateResolver.DateMention> dates) {
        if (dates.size() == 1) {
            return dates.get(0);
        }
        String s = cueText(r, c);
        DateResolver.DateMention best = dates.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (DateResolver.DateMention d : dates) {
            int from = d.start() - c.start();
            int to = d.end() - c.start();
            for (String cue : r.lexicon.cue("task")) {
                for (int at = s.indexOf(cue); at >= 0; at = s.indexOf(cue, at + 1)) {
                    if (at >= from && at < to) {
                        continue; // a task word inside the date itself
                    }
                    if (cue.endsWith("我") && at < from) {
                        // 让我2月24号去一趟: after 让我/叫我 comes what I am to do, with its own date
                        int distance = from - (at + cue.length());
                        if (distance >= 0 && distance < bestDistance) {
                            bestDistance = distance;
                            best = d;
                        }
                        continue;
                    }
                    if (cue.endsWith("我")) {
                        continue;
                    }
                    int distance = at >= to ? at - to : from - (at + cue.length());
                    if (distance >= 0 && distance < bestDistance) {
                        bestDistance = distance;
                        best = d;
                    }
                }
            }
        }
        return best;
    }

    /**
     * 凤先生这周日过生日苗佳佳说一起给他送个果篮: a present for the day (a carried task word after the event word, in
     * the same dictated clause) is a follow-up on the event's day, for the person whose day it is.
     */
    private static boolean presentOnTheDay(Reading r, int index, Clause c, List<DateResolver.DateMention> clauseDates) {
        String s = c.text();
        int event = r.lexicon.cueIndex("event_dates", s);
        if (clauseDates.isEmpty() || event == Integer.MAX_VALUE || r.lexicon.hasCue("correction", s)) {
            return false;
        }
        DateResolver.DateMention day = Reading.lastDateBefore(clauseDates, c.start() + event);
        String after = s.substring(event);
        String carry = r.lexicon.findCue("task_carry", after);
        if (day == null || carry == null || after.contains("想" + carry) || DEFERRED.matcher(after.substring(0,
                after.indexOf(carry))).find() || day.date().date().isBefore(r.reference) || r.vague(day)) {
            return false;
        }
        int person = r.personAt(day.start());
        if (person < 0) {
            return false;
        }
        r.tasks.add(new Task(day.date().date(), person, taskContent(after, null), index));
        return true;
    }

    /**
     * The clause as task words are looked for in it: the bank and branch of the visit blanked (广发银行 holds 发) and
     * words that only share a task word's character (交流会, 交通), same length so positions hold.
     */
    private static String cueText(Reading r, Clause c) {
        char[] chars = c.text().toCharArray();
        for (int[] span : r.names) {
            for (int i = Math.max(span[0], c.start()); i < Math.min(span[1], c.end()); i++) {
                chars[i - c.start()] = ' ';
            }
        }
        Matcher m = NOT_A_TASK_WORD.matcher(c.text());
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static final Pattern NOT_A_TASK_WORD = Pattern.compile("交(?:流|通|易|往|情|际)|发(?:展|现|生|布|行|达)");

    static String taskContent(String clause, DateResolver.DateMention due) {
        String content = due == null ? clause : clause.replace(due.text(), "");
        content = Words.stripLeading(content, TASK_FILLER).replaceAll("(上午|下午|晚上|中午|一早)", "");
        content = content.replaceFirst("^(?:前|之前)", "");
        return content.isBlank() ? clause : content.strip();
    }
}
