package com.branchmate.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.branchmate.bot.access.Member;
import com.branchmate.bot.channels.InboundMessage;
import com.branchmate.bot.channels.MessageHandler;
import com.branchmate.bot.channels.Reply;
import com.branchmate.bot.intents.Answer;
import com.branchmate.bot.intents.Intent;
import com.branchmate.bot.intents.IntentHandler;
import com.branchmate.bot.intents.Turn;
import com.branchmate.bot.intents.Understanding;
import com.branchmate.bot.members.MemberService;
import com.branchmate.bot.notes.NoteService;
import com.branchmate.bot.notes.PersonChoiceNeeded;
import com.branchmate.bot.people.Fact;
import com.branchmate.bot.people.PeopleService;
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
 * It finds the member, decides what the message asks for ({@link #understand}, no side effects) and hands it to the
 * handler of that intent, one per intent, each in its feature's package.
 */
@Service
public class ConversationService implements MessageHandler {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private static final Duration CHOICE_TTL = Duration.ofMinutes(10);
    static final int RATE_LIMIT = 20;
    static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    private final MemberService members;
    private final NoteService notes;
    private final PeopleService people;
    private final IntentClassifier classifier;
    private final Map<Intent, IntentHandler> handlers = new EnumMap<>(Intent.class);
    private final KeyValueStore state;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final MeterRegistry registry;
    private final MessageOutbox outbox;
    private final FieldCipher cipher;

    ConversationService(MemberService members, NoteService notes, PeopleService people, IntentClassifier classifier,
                        List<IntentHandler> featureHandlers, KeyValueStore state, ObjectMapper objectMapper,
                        Clock clock, MeterRegistry registry, MessageOutbox outbox, FieldCipher cipher) {
        this.cipher = cipher;
        this.registry = registry;
        this.outbox = outbox;
        this.members = members;
        this.notes = notes;
        this.people = people;
        this.classifier = classifier;
        for (IntentHandler handler : featureHandlers) {
            if (handlers.put(handler.intent(), handler) != null) {
                throw new IllegalStateException("two handlers for " + handler.intent());
            }
        }
        this.state = state;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Override
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
    @Override
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
    @Override
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

    /**
     * What {@code /api/chat} would do with this message for this member now: decided without saving, sending or
     * changing anything (a pending "which one" question stays pending).
     */
    @Override
    public Understanding understand(Member member, InboundMessage message) {
        String text = textOf(message);
        Optional<PendingChoice> pending = peekPendingChoice(member);
        return decide(member, text, referenceDate(message), pending.isPresent());
    }

    private Understanding decide(Member member, String text, LocalDate referenceDate, boolean noteChoicePending) {
        if (text.matches("\\d{1,2}")) {
            if (noteChoicePending) {
                return new Understanding(Intent.NOTE, 1.0, null, Integer.parseInt(text));
            }
            Optional<IntentHandler> asking = handlers.values().stream().filter(h -> h.awaitsChoice(member)).findFirst();
            if (asking.isPresent()) {
                return new Understanding(asking.get().intent(), 1.0, null, Integer.parseInt(text));
            }
        }
        try {
            NoteService.checkText(text);
        } catch (BadRequestException unreadable) {
            return new Understanding(Intent.OTHER, 1.0, null, null);
        }
        IntentClassifier.Decision decision = classifier.decide(text, referenceDate);
        return new Understanding(decision.intent(), decision.confidence(), decision.runnerUp(), null);
    }

    /** The day the message was written, in the business zone: 今天 and 明天 in it mean that day's. */
    private LocalDate referenceDate(InboundMessage message) {
        return LocalDate.ofInstant(message.at() == null ? clock.instant() : message.at(), clock.getZone());
    }

    private static String textOf(InboundMessage message) {
        return message.text() == null ? "" : message.text().strip();
    }

    private Reply answer(Member member, InboundMessage message) {
        String text = textOf(message);
        // Per sender, shared across instances: a runaway script or a stuck key cannot flood the bot.
        if (state.incrementInWindow("rate:" + member.id(), RATE_WINDOW) > RATE_LIMIT) {
            return new Reply(ConversationReplies.TOO_FAST, List.of("rate-limited"));
        }
        try {
            // Input no message may carry (empty, over-long, only emoji, code) gets its own answer, whatever it is.
            NoteService.checkText(text);
            LocalDate referenceDate = referenceDate(message);
            Optional<PendingChoice> pending = peekPendingChoice(member);
            Understanding understood = decide(member, text, referenceDate, pending.isPresent());
            // A pending question is answered by a number; anything else is handled as itself and the note that
            // waits keeps waiting (until its question expires), so a member who moves on loses nothing.
            if (understood.choice() != null && understood.intent() == Intent.NOTE) {
                state.delete(choiceKey(member));
                return answerChoice(member, pending.orElseThrow(), understood.choice());
            }
            Reply reply = switch (understood.intent()) {
                case NOTE -> saveNote(member, new PendingChoice(text, referenceDate, message.channel(),
                        message.messageId(), Map.of(), -1, List.of()));
                case HELP -> new Reply(ConversationReplies.HELP, List.of("help"));
                case OTHER -> new Reply(ConversationReplies.OTHER, List.of("other"));
                default -> {
                    Answer answer = handlers.get(understood.intent()).handle(new Turn(member, text, message.channel(),
                            message.messageId(), referenceDate, message.inGroup(), understood.choice()));
                    yield new Reply(answer.text(), answer.actions());
                }
            };
            boolean askedAgain = reply.actions().contains("note.ask");
            return pending.isPresent() && !askedAgain
                    ? new Reply(reply.text() + ConversationReplies.STILL_WAITING, reply.actions()) : reply;
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

    private Reply saveNote(Member member, PendingChoice note) {
        try {
            var saved = notes.save(new NoteService.NewNote(member, note.text(), note.referenceDate(), note.channel(),
                    note.channelMessageId(), note.choices()));
            return new Reply(saved.summary(), List.of("note.saved:" + saved.note().id()));
        } catch (PersonChoiceNeeded e) {
            var ask = new PendingChoice(note.text(), note.referenceDate(), note.channel(), note.channelMessageId(),
                    note.choices(), e.personIndex(), e.candidates().stream().map(Person::id).toList());
            keepPendingChoice(member, ask);
            Map<Long, List<Fact>> facts = people.currentFacts(e.candidates().stream().map(Person::id).toList());
            return new Reply(ConversationReplies.askWhichPerson(e.mention(), e.candidates(), facts), List.of("note.ask"));
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

    private Optional<PendingChoice> peekPendingChoice(Member member) {
        return state.get(choiceKey(member)).map(j -> objectMapper.readValue(cipher.decrypt(j), PendingChoice.class));
    }

    /** The waiting note's text is personal data: sealed with the data key like note text at rest. */
    private void keepPendingChoice(Member member, PendingChoice choice) {
        state.set(choiceKey(member), cipher.encrypt(objectMapper.writeValueAsString(choice)), CHOICE_TTL);
    }

    private static String choiceKey(Member member) {
        return "conversation:" + member.id() + ":choice";
    }

}
