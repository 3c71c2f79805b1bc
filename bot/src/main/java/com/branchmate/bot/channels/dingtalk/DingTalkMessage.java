package com.branchmate.bot.channels.dingtalk;

import com.branchmate.bot.channels.JsonHttp;
import com.dingtalk.open.app.api.models.bot.ChatbotMessage;

import tools.jackson.databind.JsonNode;

/**
 * A robot message as both the HTTP callback and Stream mode deliver it (the same JSON), reduced to what the bot
 * uses: who wrote, what, where, and how to answer (the sessionWebhook while it lives).
 */
record DingTalkMessage(String msgId, String msgtype, String text, String recognition, String conversationType,
                       String conversationId, String senderStaffId, boolean inAtList, String sessionWebhook,
                       long sessionWebhookExpiredTime, long createAt) {

    boolean group() {
        return "2".equals(conversationType);
    }

    static DingTalkMessage fromJson(JsonNode json) {
        return new DingTalkMessage(
                JsonHttp.text(json, "msgId"),
                JsonHttp.text(json, "msgtype"),
                JsonHttp.text(json.path("text"), "content"),
                JsonHttp.text(json.path("content"), "recognition"),
                JsonHttp.text(json, "conversationType"),
                JsonHttp.text(json, "conversationId"),
                JsonHttp.text(json, "senderStaffId"),
                json.path("isInAtList").asBoolean(false),
                JsonHttp.text(json, "sessionWebhook"),
                json.path("sessionWebhookExpiredTime").asLong(0),
                json.path("createAt").asLong(0));
    }

    /**
     * The SDK binds {@code isInAtList} through a setter named {@code setInAtList}, so the flag may arrive empty;
     * then the @-list decides, and without one the message counts as addressed, since DingTalk delivers group
     * messages to a robot only when it is @-mentioned.
     */
    private static boolean mentionsTheBot(ChatbotMessage message) {
        if (message.getInAtList() != null) {
            return message.getInAtList();
        }
        if (message.getAtUsers() == null || message.getAtUsers().isEmpty() || message.getChatbotUserId() == null) {
            return true;
        }
        return message.getAtUsers().stream().anyMatch(user -> message.getChatbotUserId().equals(user.getDingtalkId()));
    }

    static DingTalkMessage fromStream(ChatbotMessage message) {
        return new DingTalkMessage(
                message.getMsgId(),
                message.getMsgtype(),
                message.getText() == null ? null : message.getText().getContent(),
                message.getContent() == null ? null : message.getContent().getRecognition(),
                message.getConversationType(),
                message.getConversationId(),
                message.getSenderStaffId(),
                mentionsTheBot(message),
                message.getSessionWebhook(),
                message.getSessionWebhookExpiredTime() == null ? 0 : message.getSessionWebhookExpiredTime(),
                message.getCreateAt() == null ? 0 : message.getCreateAt());
    }
}
