package com.branchmate.bot.notes.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.branchmate.bot.platform.llm.LlmConfiguration;
import com.branchmate.bot.platform.llm.LlmProperties;
import com.branchmate.bot.support.FakeOpenAiServer;
import com.branchmate.extraction.SharedFolder;
import com.branchmate.extraction.DevSet;
import com.branchmate.extraction.Extraction;
import com.branchmate.extraction.ExtractionScorer;
import com.branchmate.extraction.NoteExtractor;
import com.branchmate.extraction.rules.RuleExtractor;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dev notes through the configured model (BOT_LLM_BASE_URL, _API_KEY, _MODEL, _EXTRA_BODY, _RESPONSE_FORMAT, as
 * the bot reads them), scored like the offline benchmark and printed beside the offline rules. {@code
 * -Dllm.record=FILE} keeps every answer as {@code {"note","answer"}} lines; {@code -Dllm.replay=FILE} answers from such
 * a file through a local fake server instead of a model, so a prompt or parser change is measured without a network.
 * <pre>
 * ./mvnw -q -pl bot -am test-compile exec:java -Dexec.mainClass=com.branchmate.bot.notes.extraction.LlmExtractionBenchmark -Dexec.classpathScope=test [-Dllm.record=target/llm-answers.jsonl]
 * </pre>
 */
public final class LlmExtractionBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LlmExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String replay = System.getProperty("llm.replay");
        FakeOpenAiServer fake = null;
        String baseUrl = System.getenv("BOT_LLM_BASE_URL");
        if (replay != null) {
            fake = new FakeOpenAiServer().answeringBy(replaying(Path.of(replay)));
            baseUrl = fake.baseUrl();
        } else if (baseUrl == null || baseUrl.isBlank()) {
            System.out.println("Set BOT_LLM_BASE_URL (and _API_KEY, _MODEL) to benchmark a model, or -Dllm.replay=FILE");
            return;
        }
        LlmProperties properties = new LlmProperties(baseUrl, System.getenv("BOT_LLM_API_KEY"),
                env("BOT_LLM_MODEL", "deepseek-chat"), Duration.parse("PT" + env("BOT_LLM_TIMEOUT", "60s").toUpperCase()),
                5, Duration.ofSeconds(60), env("BOT_LLM_RESPONSE_FORMAT", "json_object"), System.getenv("BOT_LLM_EXTRA_BODY"));
        Recorder model = new Recorder(LlmConfiguration.openAiCompatible(properties, new SimpleMeterRegistry()));
        AtomicInteger fellBack = new AtomicInteger();
        RuleExtractor rules = new RuleExtractor();
        NoteExtractor countingFallback = (text, date) -> {
            fellBack.incrementAndGet();
            return Extraction.empty();
        };
        LlmExtractor llm = new LlmExtractor(model, countingFallback, properties.jsonResponses());
        try {
            for (String name : List.of("notes-dev.jsonl", "notes-dev2.jsonl")) {
                Path file = SharedFolder.evalFile(name).orElse(null);
                if (file == null) {
                    System.out.println("shared/eval/" + name + " not found: skipping");
                    continue;
                }
                score(name, DevSet.load(file), rules, llm, model, fellBack);
            }
        } finally {
            if (fake != null) {
                fake.close();
            }
        }
        String record = System.getProperty("llm.record");
        if (record != null) {
            model.write(Path.of(record));
            System.out.println("answers recorded in " + record);
        }
    }

    private static void score(String name, List<DevSet.Example> examples, RuleExtractor rules, LlmExtractor llm,
                              Recorder model, AtomicInteger fellBack) {
        ExtractionScorer offline = new ExtractionScorer();
        ExtractionScorer withModel = new ExtractionScorer();
        ExtractionScorer offlineHeld = new ExtractionScorer();
        ExtractionScorer modelHeld = new ExtractionScorer();
        int before = fellBack.get();
        long started = System.nanoTime();
        for (DevSet.Example example : examples) {
            Extraction fromRules = rules.extract(example.text(), example.referenceDate());
            model.note = example.text();
            Extraction fromModel = llm.extract(example.text(), example.referenceDate());
            offline.add(fromRules, example.gold());
            withModel.add(fromModel, example.gold());
            if (example.heldOut()) {
                offlineHeld.add(fromRules, example.gold());
                modelHeld.add(fromModel, example.gold());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n== %s: %d notes, %.1f s; answers without usable JSON: %d%n", name, examples.size(), seconds,
                fellBack.get() - before);
        System.out.printf("overall F1: offline %.3f, model %.3f; held-out part: offline %.3f, model %.3f%n",
                offline.overall().f1(), withModel.overall().f1(), offlineHeld.overall().f1(), modelHeld.overall().f1());
        System.out.println("-- model, per key");
        System.out.print(withModel.report());
    }

    /** Reads recorded {@code {"note","answer"}} lines and answers the request whose body quotes that note. */
    static java.util.function.Function<String, String> replaying(Path file) throws IOException {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                // recorded lines say "note"; the replay test's own notes, in the dev-set format, say "text"
                String note = node.has("note") ? node.path("note").asString() : node.path("text").asString();
                answers.put(note, node.path("answer").asString());
            }
        }
        return body -> {
            String quoted = JSON.readTree(body).path("messages").path(1).path("content").asString();
            return answers.entrySet().stream().filter(e -> quoted.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse("没有这条笔记的录音");
        };
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Passes calls through and keeps each answer with the note it was for. */
    static final class Recorder implements ChatModel {

        private final ChatModel delegate;
        private final List<Map<String, String>> answers = new ArrayList<>();
        volatile String note;

        Recorder(ChatModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            ChatResponse response = delegate.chat(request);
            synchronized (answers) {
                answers.add(Map.of("note", note == null ? "" : note, "answer",
                        response.aiMessage().text() == null ? "" : response.aiMessage().text()));
            }
            return response;
        }

        void write(Path file) {
            try {
                List<String> lines = new ArrayList<>();
                for (Map<String, String> answer : answers) {
                    lines.add(JSON.writeValueAsString(answer));
                }
                Files.write(file, lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
