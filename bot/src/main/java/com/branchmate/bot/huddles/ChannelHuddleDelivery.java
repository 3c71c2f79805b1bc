package com.branchmate.bot.huddles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.channels.ChatChannel;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.channels.dingtalk.DingTalkGroupRobot;
import com.branchmate.bot.channels.wecom.WeComGroupRobot;
import com.branchmate.bot.platform.privacy.Masking;
import com.branchmate.bot.members.MemberService;

/**
 * Huddles go to every group the team configured: the WeCom group robot (webhook key) or an app group chat, the
 * DingTalk custom robot (webhook and signing secret) or a conversation. A huddle counts as delivered only when
 * every configured group got all of it; the detail names each group's result.
 */
@Component
class ChannelHuddleDelivery implements HuddleDelivery {

    private static final Logger log = LoggerFactory.getLogger(ChannelHuddleDelivery.class);

    private final WeComGroupRobot wecomRobot;
    private final DingTalkGroupRobot dingtalkRobot;
    private final Map<String, ChatChannel> channels;
    private final MemberService members;

    ChannelHuddleDelivery(WeComGroupRobot wecomRobot, DingTalkGroupRobot dingtalkRobot, List<ChatChannel> channels,
                          MemberService members) {
        this.wecomRobot = wecomRobot;
        this.dingtalkRobot = dingtalkRobot;
        this.channels = channels.stream().collect(Collectors.toMap(ChatChannel::id, Function.identity()));
        this.members = members;
    }

    @Override
    public Result toGroups(HuddleSettings settings, HuddleMessage huddle) {
        // A group never shows a phone number in full; @-mentions are added after, so a numeric user id stays whole.
        HuddleMessage message = new HuddleMessage(huddle.title(), Masking.phonesIn(huddle.markdown()),
                huddle.mentionMemberIds());
        List<String> delivered = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<Member> mentioned = message.mentionMemberIds().stream().map(members::findById)
                .flatMap(java.util.Optional::stream)
                // Longest names first, so that @王小明 is not half-replaced as @王小.
                .sorted(Comparator.comparingInt((Member m) -> m.displayName().length()).reversed()).toList();
        if (present(settings.wecomWebhookKey())) {
            String markdown = mentions(message.markdown(), mentioned, Member::wecomUserId, id -> "<@" + id + ">");
            record(attempt(() -> wecomRobot.sendGroupMarkdown(settings.wecomWebhookKey(), markdown)),
                    "企业微信群机器人", delivered, failed);
        }
        if (present(settings.wecomChatId())) {
            record(attempt(() -> send("wecom", ChatChannel.Recipient.group(settings.wecomChatId()), message)),
                    "企业微信应用群", delivered, failed);
        }
        if (present(settings.dingtalkWebhook())) {
            String markdown = mentions(message.markdown(), mentioned, Member::dingtalkStaffId, id -> "@" + id);
            List<String> staffIds = mentioned.stream().map(Member::dingtalkStaffId).filter(ChannelHuddleDelivery::present)
                    .toList();
            record(attempt(() -> dingtalkRobot.sendGroupMarkdown(settings.dingtalkWebhook(), settings.dingtalkSecret(),
                    message.title(), markdown, staffIds)), "钉钉群机器人", delivered, failed);
        }
        if (present(settings.dingtalkConversationId())) {
            record(attempt(() -> send("dingtalk", ChatChannel.Recipient.group(settings.dingtalkConversationId()), message)),
                    "钉钉群会话", delivered, failed);
        }
        if (delivered.isEmpty() && failed.isEmpty()) {
            return Result.failed("没有配置企业微信或钉钉群");
        }
        String detail = (delivered.isEmpty() ? "" : "已发送：" + String.join("、", delivered))
                + (failed.isEmpty() ? "" : (delivered.isEmpty() ? "" : "；") + "失败：" + String.join("、", failed));
        return failed.isEmpty() ? Result.ok(detail) : Result.failed(detail);
    }

    @Override
    public Result toMember(Member member, String title, String markdown) {
        if (present(member.wecomUserId()) && channels.containsKey("wecom")) {
            return attempt(() -> send("wecom", ChatChannel.Recipient.user(member.wecomUserId()),
                    new HuddleMessage(title, markdown, List.of()))) ? Result.ok("企业微信") : Result.failed("企业微信发送失败");
        }
        if (present(member.dingtalkStaffId()) && channels.containsKey("dingtalk")) {
            return attempt(() -> send("dingtalk", ChatChannel.Recipient.user(member.dingtalkStaffId()),
                    new HuddleMessage(title, markdown, List.of()))) ? Result.ok("钉钉") : Result.failed("钉钉发送失败");
        }
        return Result.failed("成员没有绑定企业微信或钉钉账号");
    }

    /**
     * The huddle names members as "@显示名"; a group robot turns that into a real mention when the member's platform
     * id is known (WeCom {@code <@userid>}, DingTalk {@code @staffId} plus the at list). Unbound members stay text.
     */
    static String mentions(String markdown, List<Member> mentioned, Function<Member, String> platformId,
                           Function<String, String> syntax) {
        String result = markdown;
        for (Member member : mentioned) {
            String id = platformId.apply(member);
            if (present(id)) {
                result = result.replace("@" + member.displayName(), syntax.apply(id.strip()));
            }
        }
        return result;
    }

    private boolean send(String channel, ChatChannel.Recipient to, HuddleMessage message) {
        channels.get(channel).send(to, Reply.text(message.markdown()));
        return true;
    }

    private static boolean attempt(java.util.function.BooleanSupplier send) {
        try {
            return send.getAsBoolean();
        } catch (RuntimeException e) {
            log.warn("Huddle delivery failed: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    private static void record(boolean ok, String group, List<String> delivered, List<String> failed) {
        (ok ? delivered : failed).add(group);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
