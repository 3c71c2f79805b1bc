package com.branchmate.bot.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.members.Member;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.notes.NoteService;
import com.branchmate.bot.platform.web.BadRequestException;

/**
 * The one pipeline every channel feeds: a member's message goes in, a reply comes out.
 * It finds the member, works out what the message asks for, and hands it to the feature that answers.
 */
@Service
public class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private static final Set<String> HELP_WORDS = Set.of("帮助", "help", "?", "？", "菜单", "你能做什么", "怎么用", "使用说明");

    private final MemberService members;
    private final NoteService notes;
    private final Clock clock;

    ConversationService(MemberService members, NoteService notes, Clock clock) {
        this.members = members;
        this.notes = notes;
        this.clock = clock;
    }

    public Reply handle(InboundMessage message) {
        Optional<Member> member = members.findBySender(message.channel(), message.senderId());
        if (member.isEmpty()) {
            return Reply.text(ConversationReplies.unknownSender(message.senderId()));
        }
        if (!member.get().enabled()) {
            return Reply.text(ConversationReplies.DISABLED_MEMBER);
        }
        return handle(member.get(), message);
    }

    /** For a member already resolved (and authorised) by the caller. */
    public Reply handle(Member member, InboundMessage message) {
        String text = message.text() == null ? "" : message.text().strip();
        try {
            if (isHelp(text)) {
                return new Reply(ConversationReplies.HELP, List.of("help"));
            }
            var saved = notes.save(new NoteService.NewNote(member, text, LocalDate.now(clock), message.channel(),
                    message.messageId()));
            return new Reply(saved.summary(), List.of("note.saved:" + saved.note().id()));
        } catch (BadRequestException e) {
            return Reply.text(e.getMessage());
        } catch (RuntimeException e) {
            log.error("Failed to handle a {} message from member {}", message.channel(), member.login(), e);
            return Reply.text(ConversationReplies.FAILED);
        }
    }

    private static boolean isHelp(String text) {
        String normalized = text.toLowerCase(Locale.ROOT).replaceAll("[\\s。！!]+$", "");
        return HELP_WORDS.contains(normalized);
    }
}
