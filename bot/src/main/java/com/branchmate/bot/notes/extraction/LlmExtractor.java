package com.branchmate.bot.notes.extraction;

import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.llm.ExtractionJson;
import com.branchmate.extraction.llm.ExtractionPrompt;
import com.branchmate.extraction.NoteExtractor;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Extraction by an OpenAI-compatible chat model. The answer is validated against the vocabulary
 * ({@link ExtractionJson}); on timeout, HTTP error or an answer without JSON the note goes to the fallback
 * (normally the offline rules), so a manager never loses a note to the model. Thread-safe: the chat model
 * and parser are shared and stateless.
 */
public class LlmExtractor implements NoteExtractor {

    private static final Logger log = LoggerFactory.getLogger(LlmExtractor.class);

    /** Where the model is and how long to wait for it. {@code timeout} defaults to 8 seconds. */
    public record Settings(String baseUrl, String apiKey, String modelName, Duration timeout) {

        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(8);

        public Settings {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(modelName, "modelName");
            timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        }

        public Settings(String baseUrl, String apiKey, String modelName) {
            this(baseUrl, apiKey, modelName, DEFAULT_TIMEOUT);
        }
    }

    private final ChatModel model;
    private final NoteExtractor fallback;
    private final ExtractionJson parser;
    private final ExtractionPrompt prompt;

    public LlmExtractor(Settings settings, NoteExtractor fallback) {
        this(OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey() == null ? "none" : settings.apiKey())
                .modelName(settings.modelName())
                .timeout(settings.timeout())
                .temperature(0.0)
                // a retry would double the wait the manager sees; the fallback answers instead
                .maxRetries(0)
                .build(), fallback);
    }

    /** For a model built elsewhere (another provider, a listener for call logging). */
    public LlmExtractor(ChatModel model, NoteExtractor fallback) {
        this.model = Objects.requireNonNull(model, "model");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.parser = new ExtractionJson();
        this.prompt = new ExtractionPrompt();
    }

    @Override
    public Extraction extract(String text, LocalDate referenceDate) {
        if (text == null || text.isBlank() || referenceDate == null) {
            return Extraction.empty();
        }
        String answer;
        try {
            answer = model.chat(SystemMessage.from(prompt.systemPrompt()),
                    UserMessage.from(prompt.userMessage(text, referenceDate)))
                    .aiMessage().text();
        } catch (RuntimeException e) {
            log.warn("LLM extraction failed ({}), using rules", e.getClass().getSimpleName());
            return fallback.extract(text, referenceDate);
        }
        Optional<Extraction> parsed = parser.parse(answer);
        if (parsed.isEmpty()) {
            log.warn("LLM answer held no valid JSON, using rules");
            return fallback.extract(text, referenceDate);
        }
        return parsed.get();
    }
}
