package com.branchmate.bot.huddles;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default huddle layouts. A team may replace them in the console; {{name}} placeholders are filled with the
 * sections the writer builds, and an unknown placeholder is left out.
 */
final class HuddleTemplates {

    static final String MORNING = """
            ### {{title}}
            **昨日战报**（{{yesterdayDate}}）
            {{yesterday}}

            **今日提醒**
            {{reminders}}

            **每日一学**
            {{tip}}

            **今日三问**
            {{questions}}""";

    static final String EVENING = """
            ### {{title}}
            **今日笔记**
            {{today}}

            {{missing}}

            {{targets}}

            **夕会三问**
            {{questions}}

            回复示例：今天拜访3个网点，出单2件，保费5万""";

    static final String MORNING_QUESTIONS = """
            1. 你怎么看今天的市场？
            2. 今天重点跟进哪些客户？
            3. 今天主推什么产品？""";

    static final String EVENING_QUESTIONS = """
            1. 今天最成功的一件事是什么？
            2. 哪件事没做好，原因是什么？
            3. 明天的计划是什么？""";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    private HuddleTemplates() {
    }

    static String fill(String template, Map<String, String> sections) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(sections.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        // Empty sections leave blank runs behind: keep at most one blank line.
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }
}
