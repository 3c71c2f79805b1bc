package com.branchmate.bot.channels.dingtalk;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.branchmate.bot.channels.MessageSplitter;
import com.branchmate.bot.channels.OutboundSender;
import com.branchmate.bot.channels.OutboundSender.Part;
import com.branchmate.bot.channels.OutboundSender.RateLimit;

/**
 * A DingTalk custom group robot (自定义机器人) with 加签, for huddles posted into a team's group. Each call is
 * signed afresh (the signature is only good for an hour). The webhook's access_token and the SEC… secret are
 * credentials: the send log names the robot by a hash of the URL.
 */
@Component
public class DingTalkGroupRobot {

    private static final MessageSplitter SPLITTER = new MessageSplitter();

    /** Bodies over 20,000 bytes are refused (460101); leave room for the JSON around the markdown. */
    static final int MARKDOWN_LIMIT_BYTES = 15_000;
    /** Over 20 a minute blocks the robot for 10 minutes (130101), so we wait instead. */
    private static final int PER_ROBOT_PER_MINUTE = 20;

    private final DingTalkApi api;
    private final OutboundSender sender;
    private final Clock clock;

    DingTalkGroupRobot(DingTalkApi api, OutboundSender sender, Clock clock) {
        this.api = api;
        this.sender = sender;
        this.clock = clock;
    }

    /**
     * Posts markdown to the robot's group, in several messages (title marked 1/2, 2/2 …) when it is too long.
     *
     * @param webhookUrl the robot's URL, {@code https://oapi.dingtalk.com/robot/send?access_token=…}
     * @param secret     the robot's 加签 secret (SEC…)
     * @return true when every part was delivered
     */
    public boolean sendGroupMarkdown(String webhookUrl, String secret, String title, String markdown) {
        return sendGroupMarkdown(webhookUrl, secret, title, markdown, List.of());
    }

    /**
     * The same, @-mentioning these staff ids: DingTalk renders a mention only when the id is both in
     * {@code at.atUserIds} and written as {@code @id} in the text, so each part lists the ids its text names.
     */
    public boolean sendGroupMarkdown(String webhookUrl, String secret, String title, String markdown,
                                     List<String> atUserIds) {
        if (webhookUrl == null || webhookUrl.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("webhook URL and signing secret are required");
        }
        String robot = OutboundSender.robotName(webhookUrl);
        List<String> parts = SPLITTER.split(markdown == null ? "" : markdown, MARKDOWN_LIMIT_BYTES);
        String messageKey = "huddle:" + UUID.randomUUID();
        for (int i = 0; i < parts.size(); i++) {
            String partTitle = parts.size() == 1 ? title : title + "（" + (i + 1) + "/" + parts.size() + "）";
            String text = parts.get(i);
            List<String> mentioned = atUserIds.stream().filter(id -> text.contains("@" + id)).toList();
            Map<String, Object> body = mentioned.isEmpty()
                    ? Map.of("msgtype", "markdown", "markdown", Map.of("title", partTitle, "text", text))
                    : Map.of("msgtype", "markdown", "markdown", Map.of("title", partTitle, "text", text),
                            "at", Map.of("atUserIds", mentioned, "isAtAll", false));
            var result = sender.send(new Part("dingtalk", robot, messageKey, i + 1, parts.size()),
                    new RateLimit("dingtalk:" + robot, PER_ROBOT_PER_MINUTE),
                    () -> DingTalkApi.judgeWebhook(api.postWebhook(signed(webhookUrl.strip(), secret.strip()), body)));
            if (!result.sent()) {
                return false;
            }
        }
        return true;
    }

    /** Appends timestamp and sign; the sign is URL-encoded exactly once (double encoding gives 310000). */
    URI signed(String webhookUrl, String secret) {
        long timestamp = clock.millis();
        String sign = URLEncoder.encode(DingTalkSignature.sign(timestamp, secret), StandardCharsets.UTF_8);
        return URI.create(webhookUrl + (webhookUrl.contains("?") ? "&" : "?") + "timestamp=" + timestamp
                + "&sign=" + sign);
    }
}
