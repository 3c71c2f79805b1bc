package com.branchmate.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.huddles.DayReports;
import com.branchmate.bot.kb.Playbook;
import com.branchmate.bot.members.Caller;
import com.branchmate.bot.members.Member;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.notes.Corrections;
import com.branchmate.bot.notes.NoteReplies;
import com.branchmate.bot.notes.NoteService;
import com.branchmate.bot.notes.PersonChoiceNeeded;
import com.branchmate.bot.people.PeopleAnswers;
import com.branchmate.bot.people.Person;
import com.branchmate.bot.platform.kv.KeyValueStore;
import com.branchmate.bot.platform.persistence.DatabaseDown;
import com.branchmate.bot.platform.privacy.FieldCipher;
import com.branchmate.bot.platform.privacy.Masking;
import com.branchmate.bot.platform.web.BadRequestException;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.ObjectMapper;

/**
 * The one pipeline every channel feeds: a member's message goes in, a reply comes out.
 * It finds the member, works out what the message asks for, and hands it to the feature that answers.
 */
@Service
public class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private static final Set<String> HELP_WORDS = Set.of("帮助", "help", "?", "？", "菜单", "你能做什么", "怎么用", "使用说明");
    private static final Set<String> UNDO_WORDS = Set.of("撤销", "撤回", "undo", "撤销上一条", "撤回上一条");
    private static final Duration CHOICE_TTL = Duration.ofMinutes(10);
    static final int RATE_LIMIT = 20;
    static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private final MemberService members;
    private final NoteService notes;
    private final Corrections corrections;
    private final PeopleAnswers peopleAnswers;
    private final DayReports dayReports;
    private final Playbook playbook;
    private final KeyValueStore state;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final MeterRegistry registry;
    private final MessageOutbox outbox;
    private final FieldCipher cipher;

    ConversationService(MemberService members, NoteService notes, Corrections corrections, PeopleAnswers peopleAnswers,
                        DayReports dayReports, Playbook playbook, KeyValueStore state, ObjectMapper objectMapper, Clock clock,
                        MeterRegistry registry, MessageOutbox outbox, FieldCipher cipher) {
        this.cipher = cipher;
        this.registry = registry;
        this.outbox = outbox;
        this.members = members;
        this.notes = notes;
        this.corrections = corrections;
        this.peopleAnswers = peopleAnswers;
        this.dayReports = dayReports;
        this.playbook = playbook;
        this.state = state;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    public Reply handle(InboundMessage message) {
        try {
            return resolveAndHandle(message);
        } catch (RuntimeException e) {
            if (DatabaseDown.is(e)) {
                return keepForLater(message, e);
            }
            throw e;
        }
    }

    /** A message kept while the database was down, handled now; database errors go back to the replay. */
    Reply handleKept(InboundMessage message) {
        return resolveAndHandle(message);
    }

    /**
     * A platform message already stored by the channels' dispatcher: database errors go back to it (the stored
     * message is processed again), nothing is kept a second time in the outbox.
     */
    public Reply handleStored(InboundMessage message) {
        return resolveAndHandle(message);
    }

    /**
     * The database did not answer: the message is kept on disk and saved when it is back (see OutboxReplay),
     * so the member loses nothing and need not resend.
     */
    private Reply keepForLater(InboundMessage message, RuntimeException cause) {
        log.warn("Database unavailable ({}); keeping a {} message for later", cause.getClass().getSimpleName(),
                message.channel());
        try {
            outbox.keep(message);
            return new Reply(ConversationReplies.KEPT_FOR_LATER, List.of("kept"));
        } catch (RuntimeException e) {
            return Reply.text(ConversationReplies.FAILED);
        }
    }

    private Reply resolveAndHandle(InboundMessage message) {
        if (message.inGroup() && !message.addressed()) {
            return Reply.silent();
        }
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
        registry.counter("branchmate.messages.received", "channel", message.channel()).increment();
        if (message.inGroup() && !message.addressed()) {
            // In a group the bot speaks only when spoken to.
            return Reply.silent();
        }
        Reply reply = answer(member, message);
        if (message.inGroup()) {
            // Everyone in the group reads the reply: no phone number in full, whatever produced the text.
            reply = new Reply(Masking.phonesIn(reply.text()), reply.actions());
        }
        registry.counter("branchmate.replies", "channel", message.channel()).increment();
        return reply;
    }

    private Reply answer(Member member, InboundMessage message) {
        String text = message.text() == null ? "" : message.text().strip();
        // Per sender, shared across instances: a runaway script or a stuck key cannot flood the bot.
        if (state.incrementInWindow("rate:" + member.id(), RATE_WINDOW) > RATE_LIMIT) {
            return new Reply(ConversationReplies.TOO_FAST, List.of("rate-limited"));
        }
        try {
            Optional<PendingChoice> pending = takePendingChoice(member);
            if (pending.isPresent() && text.matches("\\d{1,2}")) {
                return answerChoice(member, pending.get(), Integer.parseInt(text));
            }
            String command = text.toLowerCase(Locale.ROOT).replaceAll("[\\s。！!]+$", "");
            if (HELP_WORDS.contains(command)) {
                return new Reply(ConversationReplies.HELP, List.of("help"));
            }
            if (UNDO_WORDS.contains(command)) {
                return notes.undoLast(member, message.channel())
                        .map(note -> new Reply(NoteReplies.undone(note), List.of("note.undone:" + note.id())))
                        .orElseGet(() -> Reply.text(NoteReplies.NOTHING_TO_UNDO));
            }
            Optional<String> report = dayReports.recordIfReport(member, text, message.channel());
            if (report.isPresent()) {
                return new Reply(report.get(), List.of("day-report.recorded"));
            }
            if (Corrections.looksLikeCorrection(text)) {
                Optional<String> corrected = corrections.apply(member, text, message.channel());
                if (corrected.isPresent()) {
                    return new Reply(corrected.get(), List.of("fact.corrected"));
                }
            }
            Optional<String> aboutPeople = peopleAnswers.answer(Caller.of(member), text, message.inGroup(),
                    message.channel());
            if (aboutPeople.isPresent()) {
                return new Reply(aboutPeople.get(), List.of("people.answer"));
            }
            if (Intents.isScriptRequest(text)) {
                return playbookReply(playbook.script(Caller.of(member), text, message.channel()), "script");
            }
            if (Intents.isPlaybookQuestion(text)) {
                return playbookReply(playbook.ask(Caller.of(member), text, message.channel()), "kb.answer");
            }
            return saveNote(member, new PendingChoice(text, LocalDate.now(clock), message.channel(),
                    message.messageId(), Map.of(), -1, List.of()));
        } catch (BadRequestException e) {
            return Reply.text(e.getMessage());
        } catch (RuntimeException e) {
            if (DatabaseDown.is(e)) {
                throw e;
            }
            log.error("Failed to handle a {} message from member {}", message.channel(), member.login(), e);
            return Reply.text(ConversationReplies.FAILED);
        }
    }

    /** An answer with its sources (document and section), short enough for a phone. */
    private static Reply playbookReply(Playbook.Answer answer, String action) {
        StringBuilder text = new StringBuilder(answer.text());
        if (!answer.sources().isEmpty()) {
            text.append("\n\n来源：");
            answer.sources().stream().distinct().limit(3).forEach(source -> text.append("\n·《").append(source.title())
                    .append("》").append(source.section() == null || source.section().isBlank() ? "" : " " + source.section()));
        }
        return new Reply(text.toString(), List.of(action));
    }

    private Reply saveNote(Member member, PendingChoice note) {
        try {
            var saved = notes.save(new NoteService.NewNote(member, note.text(), note.referenceDate(), note.channel(),
                    note.channelMessageId(), note.choices()));
            return new Reply(saved.summary(), List.of("note.saved:" + saved.note().id()));
        } catch (PersonChoiceNeeded e) {
            var ask = new PendingChoice(note.text(), note.referenceDate(), note.channel(), note.channelMessageId(),
                    note.choices(), e.personIndex(), e.candidates().stream().map(Person::id).toList());
            keepPendingChoice(member, ask);
            return new Reply(ConversationReplies.askWhichPerson(e.mention(), e.candidates()), List.of("note.ask"));
        }
    }

    private Reply answerChoice(Member member, PendingChoice pending, int answer) {
        Map<Integer, Long> choices = new HashMap<>(pending.choices());
        if (answer >= 1 && answer <= pending.candidateIds().size()) {
            choices.put(pending.personIndex(), pending.candidateIds().get(answer - 1));
        } else if (answer == pending.candidateIds().size() + 1) {
            choices.put(pending.personIndex(), 0L);
        } else {
            keepPendingChoice(member, pending);
            return Reply.text("请回复 1 到 " + (pending.candidateIds().size() + 1) + " 之间的序号。");
        }
        return saveNote(member, new PendingChoice(pending.text(), pending.referenceDate(), pending.channel(),
                pending.channelMessageId(), choices, -1, List.of()));
    }

    private Optional<PendingChoice> takePendingChoice(Member member) {
        Optional<String> json = state.get(choiceKey(member));
        json.ifPresent(j -> state.delete(choiceKey(member)));
        return json.map(j -> objectMapper.readValue(cipher.decrypt(j), PendingChoice.class));
    }

    /** The waiting note's text is personal data: sealed with the data key like note text at rest. */
    private void keepPendingChoice(Member member, PendingChoice choice) {
        state.set(choiceKey(member), cipher.encrypt(objectMapper.writeValueAsString(choice)), CHOICE_TTL);
    }

    private static String choiceKey(Member member) {
        return "conversation:" + member.id() + ":choice";
    }

}
