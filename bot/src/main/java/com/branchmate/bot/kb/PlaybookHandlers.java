package com.branchmate.bot.kb;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.branchmate.bot.access.Caller;
import com.branchmate.bot.intents.Answer;
import com.branchmate.bot.intents.Intent;
import com.branchmate.bot.intents.IntentHandler;
import com.branchmate.bot.intents.Turn;

/** Playbook questions and script requests, answered with their sources (document and section), short for a phone. */
@Configuration(proxyBeanMethods = false)
class PlaybookHandlers {

    @Bean
    IntentHandler playbookQuestionHandler(Playbook playbook) {
        return handler(Intent.PLAYBOOK_QUESTION, "kb.answer",
                turn -> playbook.ask(Caller.of(turn.member()), turn.text(), turn.channel()));
    }

    @Bean
    IntentHandler scriptRequestHandler(Playbook playbook) {
        return handler(Intent.SCRIPT_REQUEST, "script",
                turn -> playbook.script(Caller.of(turn.member()), turn.text(), turn.channel()));
    }

    private static IntentHandler handler(Intent intent, String action,
                                         java.util.function.Function<Turn, Playbook.Answer> answer) {
        return new IntentHandler() {
            @Override
            public Intent intent() {
                return intent;
            }

            @Override
            public Answer handle(Turn turn) {
                return Answer.of(withSources(answer.apply(turn)), action);
            }
        };
    }

    static String withSources(Playbook.Answer answer) {
        StringBuilder text = new StringBuilder(answer.text());
        if (!answer.sources().isEmpty()) {
            text.append("\n\n来源：");
            answer.sources().stream().distinct().limit(3).forEach(source -> text.append("\n·《").append(source.title())
                    .append("》").append(source.section() == null || source.section().isBlank() ? "" : " " + source.section()));
        }
        return text.toString();
    }
}
