package com.branchmate.bot.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.branchmate.bot.members.Caller;
import com.branchmate.bot.members.Member;
import com.branchmate.bot.platform.persistence.GeneratedId;
import com.branchmate.bot.platform.web.BadRequestException;

/** Saves visit notes and reads them back within a caller's scope. */
@Service
public class NoteService {

    private final NoteMapper notes;
    private final Clock clock;

    NoteService(NoteMapper notes, Clock clock) {
        this.notes = notes;
        this.clock = clock;
    }

    /** A note to save: who wrote it, the text, the day relative dates count from, and where it came from. */
    public record NewNote(Member author, String text, LocalDate referenceDate, String channel, String channelMessageId) {
    }

    /** The saved note and a one-line Chinese summary for the chat reply. */
    public record SavedNote(VisitNote note, String summary) {
    }

    /**
     * Saves the note in one transaction. The same platform message delivered twice gives back the first note.
     *
     * @throws BadRequestException with a Chinese message when the text cannot be a note
     */
    @Transactional
    public SavedNote save(NewNote request) {
        String text = checkText(request.text());
        if (request.channelMessageId() != null) {
            VisitNote existing = notes.findByChannelMessage(request.channel(), request.channelMessageId());
            if (existing != null) {
                return new SavedNote(existing, NoteReplies.saved(existing.id()));
            }
        }
        LocalDate referenceDate = request.referenceDate() != null ? request.referenceDate() : LocalDate.now(clock);
        VisitNote note = new VisitNote(null, request.author().id(), request.author().login(), null, text,
                referenceDate, request.channel(), request.channelMessageId(), ExtractionStatus.PENDING, null,
                clock.instant(), null);
        GeneratedId id = new GeneratedId();
        try {
            notes.insert(note, id);
        } catch (DuplicateKeyException e) {
            // Another instance saved the same platform message a moment ago.
            VisitNote existing = notes.findByChannelMessage(request.channel(), request.channelMessageId());
            return new SavedNote(existing, NoteReplies.saved(existing.id()));
        }
        return new SavedNote(notes.findById(id.get()), NoteReplies.saved(id.get()));
    }

    public List<VisitNote> visible(Caller caller, Long authorId, int limit) {
        return notes.findVisible(caller.visibility(), authorId, Math.max(1, Math.min(limit, 500)));
    }

    /** Trimmed text, or a Chinese explanation of why it cannot be a note. */
    static String checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("text", NoteReplies.EMPTY);
        }
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > NoteReplies.MAX_NOTE_CHARS) {
            throw new BadRequestException("text", NoteReplies.TOO_LONG);
        }
        if (trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new BadRequestException("text", NoteReplies.NOTHING_READABLE);
        }
        return trimmed;
    }
}
