package com.branchmate.bot.notes.extraction;

import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.llm.ExtractionJson;
import com.branchmate.extraction.llm.ExtractionPrompt;
import com.branchmate.extraction.NoteExtractor;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

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
    private final AtomicBoolean jsonResponses;

    public LlmExtractor(Settings settings, NoteExtractor fallback) {
        this(OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey() == null ? "none" : settings.apiKey())
                .modelName(settings.modelName())
                .timeout(settings.timeout())
                .temperature(0.0)
                // a retry would double the wait the manager sees; the fallback answers instead
                .maxRetries(0)
                .build(), fallback, true);
    }

    /**
     * For a model built elsewhere (the shared model behind its circuit breaker).
     *
     * @param jsonResponses ask the provider for a JSON object ({@code response_format}); a provider that refuses the
     *                      field is asked again without it, and not asked with it again
     */
    public LlmExtractor(ChatModel model, NoteExtractor fallback, boolean jsonResponses) {
        this.model = Objects.requireNonNull(model, "model");
        this.jsonResponses = new AtomicBoolean(jsonResponses);
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
            answer = ask(text, referenceDate);
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

    private String ask(String text, LocalDate referenceDate) {
        boolean json = jsonResponses.get();
        try {
            return model.chat(request(text, referenceDate, json)).aiMessage().text();
        } catch (InvalidRequestException e) {
            if (!json) {
                throw e;
            }
            // Some providers (and some Ollama/vLLM models) refuse response_format: ask again without it.
            jsonResponses.set(false);
            log.warn("The model refused response_format=json_object; asking without it from now on "
                    + "(set BOT_LLM_RESPONSE_FORMAT=off to skip this first try)");
            return model.chat(request(text, referenceDate, false)).aiMessage().text();
        }
    }

    private ChatRequest request(String text, LocalDate referenceDate, boolean json) {
        ChatRequest.Builder request = ChatRequest.builder()
                .messages(SystemMessage.from(prompt.systemPrompt()),
                        UserMessage.from(prompt.userMessage(text, referenceDate)));
        if (json) {
            request.responseFormat(ResponseFormat.JSON);
        }
        return request.build();
    }
}
