package com.branchmate.bot.conversation;

/** What the bot says in conversation, in one place. */
final class ConversationReplies {

    static final String HELP = """
            我是网点助手，可以帮你：
            1. 记拜访笔记：直接把拜访情况发给我，例如「今天去了建行城南支行，王行长下周三过生日，喜欢喝普洱」，我会记下来。
            2. 查看帮助：发送「帮助」。
            更多功能（人员查询、撤销与纠正、知识问答、话术、晨夕会）正在陆续开放。""";

    static final String UNKNOWN_SENDER = """
            你好！你的账号还没有绑定到网点助手的成员。
            请把这条消息里的账号 ID 发给团队管理员，在管理后台「成员」页绑定后即可使用：%s""";

    static final String DISABLED_MEMBER = "你的账号已停用，如有疑问请联系团队管理员。";

    static final String FAILED = "抱歉，处理这条消息时出了点问题，内容没有保存。请稍后再发一次。";

    private ConversationReplies() {
    }

    static String unknownSender(String senderId) {
        return UNKNOWN_SENDER.formatted(senderId);
    }
}
