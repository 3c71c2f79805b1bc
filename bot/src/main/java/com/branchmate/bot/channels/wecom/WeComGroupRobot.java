package com.branchmate.bot.channels.wecom;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.MessageSplitter;
import com.branchmate.bot.channels.OutboundSender;
import com.branchmate.bot.channels.OutboundSender.Part;
import com.branchmate.bot.channels.OutboundSender.RateLimit;

/**
 * A WeCom group robot (群机器人 / 消息推送) webhook, for huddles posted into a team's group. The key is the only
 * credential, so it is never logged: the send log names the robot by a hash of it.
 */
@Component
public class WeComGroupRobot {

    private static final MessageSplitter SPLITTER = new MessageSplitter();

    /** Longer markdown is refused with errcode 40058. */
    static final int MARKDOWN_LIMIT_BYTES = 4096;
    /** More than 20 a minute per robot gets errcode 45009. */
    private static final int PER_ROBOT_PER_MINUTE = 20;

    private final WeComProperties properties;
    private final WeComApi api;
    private final OutboundSender sender;

    WeComGroupRobot(WeComProperties properties, WeComApi api, OutboundSender sender) {
        this.properties = properties;
        this.api = api;
        this.sender = sender;
    }

    /**
     * Posts markdown to the group of the robot with this webhook key, in several messages when it is longer
     * than WeCom allows, paced to the robot's quota.
     *
     * @return true when every part was delivered
     */
    public boolean sendGroupMarkdown(String webhookKey, String markdown) {
        if (webhookKey == null || webhookKey.isBlank()) {
            throw new IllegalArgumentException("webhook key is required");
        }
        String robot = OutboundSender.robotName(webhookKey);
        URI uri = URI.create(properties.api("/cgi-bin/webhook/send?key=" + WeComApi.encode(webhookKey.strip())));
        List<String> parts = SPLITTER.split(markdown == null ? "" : markdown, MARKDOWN_LIMIT_BYTES);
        String messageKey = "huddle:" + UUID.randomUUID();
        for (int i = 0; i < parts.size(); i++) {
            Map<String, Object> body = Map.of("msgtype", "markdown", "markdown", Map.of("content", parts.get(i)));
            var result = sender.send(new Part("wecom", robot, messageKey, i + 1, parts.size()),
                    new RateLimit("wecom:" + robot, PER_ROBOT_PER_MINUTE), () -> api.postWithoutToken(uri, body));
            if (!result.sent()) {
                return false;
            }
        }
        return true;
    }
}
