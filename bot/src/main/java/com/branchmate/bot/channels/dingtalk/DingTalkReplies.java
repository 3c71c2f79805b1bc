package com.branchmate.bot.channels.dingtalk;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.channels.JsonHttp;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.channels.ReplyRoute;

/**
 * Answers a DingTalk message through its sessionWebhook while it lives, else the OpenAPI. The route keeps what
 * that needs, in the callback's own field names (without the text, which the message holds).
 */
@Component
class DingTalkReplies implements ReplyRoute.Handler {

    static final String KIND = "dingtalk";

    private final DingTalkChannel channel;
    private final JsonHttp http;

    DingTalkReplies(DingTalkChannel channel, JsonHttp http) {
        this.channel = channel;
        this.http = http;
    }

    static ReplyRoute route(DingTalkMessage message, JsonHttp http) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("msgId", message.msgId());
        data.put("msgtype", message.msgtype());
        data.put("conversationType", message.conversationType());
        data.put("conversationId", message.conversationId());
        data.put("senderStaffId", message.senderStaffId());
        data.put("isInAtList", message.inAtList());
        data.put("sessionWebhook", message.sessionWebhook());
        data.put("sessionWebhookExpiredTime", message.sessionWebhookExpiredTime());
        data.put("createAt", message.createAt());
        return new ReplyRoute(KIND, http.write(data));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void send(InboundMessage message, String data, Reply reply) {
        channel.reply(DingTalkMessage.fromJson(http.read(data)), reply);
    }
}
