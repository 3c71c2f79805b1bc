package com.branchmate.bot.conversation;

/** What the bot says in conversation, in one place. */
final class ConversationReplies {

    static final String HELP = """
            我是网点助手，可以帮你：
            1. 记拜访笔记：直接把拜访情况发给我，例如「今天去了建行城南支行，王行长下周三过生日，喜欢喝普洱」，我会整理出人员、生日、爱好、到期、待办等要点。
            2. 撤销：例如「撤销」，撤回刚记的最后一条笔记。
            3. 纠正：例如「王行长生日是周四不是周三」「刘芳手机号错了，是139……」「上一条里的城南支行应该是城北支行」。
            4. 查人和网点：例如「王行长生日哪天」「城南支行都有谁」「张先生什么情况」「这周谁过生日」「哪些客户理财下个月到期」。
            5. 查待办、报完成：例如「我明天要干啥」「这周有哪些待办」；做完了就说「给王行长的茶叶送到了」。
            6. 晨夕会汇报：例如「今天拜访3个网点，出单2件，保费5万」「明天主攻存单到期客户」。
            7. 展业问题：例如「网点不出单怎么办」「跟行长多久沟通一次合适」，我从知识库里找答案并注明出处。
            8. 话术：例如「给我一个跟张先生聊年金险的话术」「客户说要回家商量，我怎么回」。
            发「帮助」随时查看这份说明。""";

    /** Small talk, thanks, off-topic questions: nothing saved, nothing searched, what the bot is for instead. */
    static final String OTHER = "收到～我是网点助手，我能帮你记拜访笔记、查客户和网点、查待办、回答展业问题、写话术。"
            + "这条消息我没有记录，发「帮助」看看怎么用。";

    static final String STILL_WAITING = "\n\n（前面那条笔记还在等你确认是哪一位：回复序号即可保存。）";
    static final String CHOICE_EXPIRED = "刚才的问题已过期，请重新发送那条笔记。";

    static final String UNKNOWN_SENDER = """
            你好！你的账号还没有绑定到网点助手的成员。
            请把这条消息里的账号 ID 发给团队管理员，在管理后台「成员」页绑定后即可使用：%s""";

    static final String KEPT_FOR_LATER = "系统数据库暂时连不上，这条消息已经暂存，恢复后会自动保存，不用重发。";

    static final String TOO_FAST = "消息发得太快了，请稍等一分钟再发。刚才这条没有处理，请稍后重新发送。";

    static final String DISABLED_MEMBER = "你的账号已停用，如有疑问请联系团队管理员。";

    static final String FAILED = "抱歉，处理这条消息时出了点问题，内容没有保存。请稍后再发一次。";

    private ConversationReplies() {
    }

    /** Numbered, each with the branch and role that tell them apart. */
    static String askWhichPerson(String mention, java.util.List<com.branchmate.bot.people.Person> candidates,
                                 java.util.Map<Long, java.util.List<com.branchmate.bot.people.Fact>> facts) {
        StringBuilder text = new StringBuilder("笔记里的「").append(mention).append("」可能是：\n");
        for (int i = 0; i < candidates.size(); i++) {
            var person = candidates.get(i);
            java.util.List<String> details = new java.util.ArrayList<>();
            if (person.branchName() != null && !person.branchName().isBlank()) {
                details.add(person.branchName());
            }
            facts.getOrDefault(person.id(), java.util.List.of()).stream()
                    .filter(f -> f.factKey().equals("role")).map(f -> f.factValue()).findFirst()
                    .or(() -> java.util.Optional.ofNullable(person.title()))
                    .ifPresent(details::add);
            text.append(i + 1).append(". ").append(person.displayName());
            if (!details.isEmpty()) {
                text.append("（").append(String.join("，", details)).append("）");
            }
            text.append('\n');
        }
        text.append(candidates.size() + 1).append(". 都不是，是一位新的人\n请回复序号。");
        return text.toString();
    }

    static String unknownSender(String senderId) {
        return UNKNOWN_SENDER.formatted(senderId);
    }
}
