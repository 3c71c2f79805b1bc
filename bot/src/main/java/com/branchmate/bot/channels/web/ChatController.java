package com.branchmate.bot.channels.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.access.Member;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.channels.MessageHandler;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.intents.Understanding;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.platform.persistence.DatabaseDown;

/**
 * POST /api/chat: the web chat page and tests talk to the same pipeline a WeCom or DingTalk message goes
 * through. A console user chats as themself; only the deployment's token or an admin may name another member
 * (audited as the real caller).
 */
@RestController
class ChatController {

    private final MessageHandler conversation;
    private final MemberService members;
    private final Clock clock;

    ChatController(MessageHandler conversation, MemberService members, Clock clock) {
        this.conversation = conversation;
        this.members = members;
        this.clock = clock;
    }

    record ChatRequest(@NotBlank(message = "不能为空") String member,
                       @NotNull(message = "不能为空") @Size(max = 20_000, message = "太长了") String text,
                       String conversation) {
    }

    record ChatResponse(String reply, List<String> actions) {
    }

    record UnderstandRequest(@NotBlank(message = "不能为空") String member,
                             @NotNull(message = "不能为空") @Size(max = 20_000, message = "太长了") String text) {
    }

    /** What /api/chat would do with this text for this member now; nothing is saved, sent or changed. */
    @PostMapping("/api/chat/understand")
    Understanding understand(Caller caller, @Valid @RequestBody UnderstandRequest request) {
        // the same rule as /api/chat: a console user asks as themself, only admins and the deployment token for others
        Member member = members.actingFor(caller, request.member(), true, "/api/chat/understand");
        return conversation.understand(member, new InboundMessage("web", UUID.randomUUID().toString(),
                member.login(), null, request.text(), clock.instant(), true));
    }

    @PostMapping("/api/chat")
    ChatResponse chat(Caller caller, @Valid @RequestBody ChatRequest request) {
        var message = new InboundMessage("web", UUID.randomUUID().toString(), request.member().trim(),
                request.conversation(), request.text(), clock.instant(), true);
        Member member;
        try {
            member = members.actingFor(caller, request.member(), true, "/api/chat");
        } catch (RuntimeException e) {
            if (caller.isSystem() && DatabaseDown.is(e)) {
                // The deployment's own token needs no database to be trusted: keep the message like a callback.
                Reply kept = conversation.handle(message);
                return new ChatResponse(kept.text(), kept.actions());
            }
            throw e;
        }
        Reply reply = conversation.handle(member, new InboundMessage(message.channel(), message.messageId(),
                member.login(), message.chatId(), message.text(), message.at(), true));
        return new ChatResponse(reply.text(), reply.actions());
    }
}
