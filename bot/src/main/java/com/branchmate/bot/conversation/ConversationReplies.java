package com.branchmate.bot.conversation;

/** What the bot says in conversation, in one place. */
final class ConversationReplies {

    static final String HELP = """
            我是网点助手，可以帮你：
            1. 记拜访笔记：直接把拜访情况发给我，例如「今天去了建行城南支行，王行长下周三过生日，喜欢喝普洱」，我会整理出人员、生日、爱好、到期、待办等要点。
            2. 撤销：发送「撤销」，撤回刚记的最后一条笔记。
            3. 查看帮助：发送「帮助」。
            更多功能（人员查询、纠正、知识问答、话术、晨夕会）正在陆续开放。""";

    static final String CHOICE_EXPIRED = "刚才的问题已过期，请重新发送那条笔记。";

    static final String UNKNOWN_SENDER = """
            你好！你的账号还没有绑定到网点助手的成员。
            请把这条消息里的账号 ID 发给团队管理员，在管理后台「成员」页绑定后即可使用：%s""";

    static final String DISABLED_MEMBER = "你的账号已停用，如有疑问请联系团队管理员。";

    static final String FAILED = "抱歉，处理这条消息时出了点问题，内容没有保存。请稍后再发一次。";

    private ConversationReplies() {
    }

    static String askWhichPerson(String mention, java.util.List<com.branchmate.bot.people.Person> candidates) {
        StringBuilder text = new StringBuilder("笔记里的「").append(mention).append("」可能是：\n");
        for (int i = 0; i < candidates.size(); i++) {
            var person = candidates.get(i);
            text.append(i + 1).append(". ").append(person.displayName());
            if (person.branchName() != null && !person.branchName().isBlank()) {
                text.append("（").append(person.branchName()).append("）");
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
