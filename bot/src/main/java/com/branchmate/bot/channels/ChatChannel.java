package com.branchmate.bot.channels;

/** Where replies and huddles go out. Callbacks come in through each channel's controller. */
public interface ChatChannel {

    /** "wecom", "dingtalk", "web". */
    String id();

    /** Sends to a member (platform user id) or a group chat. */
    void send(Recipient to, Reply reply);

    /** A member's platform user id, or a group chat id. */
    record Recipient(String userId, String chatId) {

        public static Recipient user(String userId) {
            return new Recipient(userId, null);
        }

        public static Recipient group(String chatId) {
            return new Recipient(null, chatId);
        }
    }
}
