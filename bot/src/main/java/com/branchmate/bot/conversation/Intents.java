package com.branchmate.bot.conversation;

import java.util.regex.Pattern;

/**
 * Tells a question for the playbook or a script request from a visit note. A note reports what happened (a bank,
 * a phone number, 今天去了); a question asks (怎么办, 多久, a question mark).
 */
final class Intents {

    private static final Pattern SCRIPT = Pattern.compile("话术|怎么回(答|复)?|怎么(跟|和|对).{0,8}(说|聊|讲|开口)|怎么开口");
    private static final Pattern QUESTION = Pattern.compile(
            "[?？]\\s*$|^(怎么|如何|为什么|为啥|什么|哪些|多久|多长|是否|能不能|可不可以|有没有|请问)"
                    + "|怎么办|怎么做|怎么处理|如何|多久|多长时间|注意什么|有哪些|是什么|要点|技巧");
    /** A short message asking how or which, without a question mark: 晨会怎么开, 要收集客户哪些信息. */
    private static final Pattern SHORT_QUESTION = Pattern.compile("怎么|怎样|如何|哪些|哪几|多久|什么时候|要不要|该不该");
    private static final int SHORT = 24;
    private static final Pattern NOTE = Pattern.compile(
            "(建行|工行|农行|中行|交行|招行|邮储|银行|农商).{0,8}(支行|分行|网点|营业部)|1[3-9]\\d[\\s-]?\\d{4}[\\s-]?\\d{4}"
                    + "|(今天|昨天|上午|下午|刚才|刚刚).{0,4}(去了|拜访|见了|跑了)|(生日|到期)是?\\d");

    private Intents() {
    }

    static boolean isScriptRequest(String text) {
        return text.length() <= 120 && SCRIPT.matcher(text).find() && !NOTE.matcher(text).find();
    }

    static boolean isPlaybookQuestion(String text) {
        if (text.length() > 120 || NOTE.matcher(text).find()) {
            return false;
        }
        return QUESTION.matcher(text).find() || text.length() <= SHORT && SHORT_QUESTION.matcher(text).find();
    }
}
