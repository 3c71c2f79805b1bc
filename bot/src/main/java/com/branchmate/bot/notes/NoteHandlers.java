package com.branchmate.bot.notes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.branchmate.bot.intents.Answer;
import com.branchmate.bot.intents.Intent;
import com.branchmate.bot.intents.IntentHandler;
import com.branchmate.bot.intents.Turn;

/** Undo and correction messages. (Saving a note waits on "which one" answers, so the conversation drives it.) */
@Configuration(proxyBeanMethods = false)
class NoteHandlers {

    @Bean
    IntentHandler undoHandler(NoteService notes) {
        return new IntentHandler() {
            @Override
            public Intent intent() {
                return Intent.UNDO;
            }

            @Override
            public Answer handle(Turn turn) {
                return notes.undoLast(turn.member(), turn.channel())
                        .map(note -> Answer.of(NoteReplies.undone(note), "note.undone:" + note.id()))
                        .orElseGet(() -> Answer.of(NoteReplies.NOTHING_TO_UNDO, "note.nothing-to-undo"));
            }
        };
    }

    @Bean
    IntentHandler correctionHandler(Corrections corrections) {
        return new IntentHandler() {
            @Override
            public Intent intent() {
                return Intent.CORRECTION;
            }

            @Override
            public Answer handle(Turn turn) {
                Corrections.Corrected result = corrections.apply(turn.member(), turn.text(), turn.channel(),
                        turn.referenceDate());
                return Answer.of(result.reply(), result.changes() > 0 ? "fact.corrected" : "fact.not-corrected");
            }
        };
    }
}
