package com.branchmate.bot.support;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A local stand-in for an OpenAI-compatible endpoint on 127.0.0.1 and a random port. Each test sets what
 * {@code POST /v1/chat/completions} answers: a status, the assistant's content, and an optional delay.
 */
public final class FakeOpenAiServer implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<String> content = new AtomicReference<>("{}");
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger delayMillis = new AtomicInteger(0);
    private final AtomicReference<String> lastRequest = new AtomicReference<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicReference<String> reasoning = new AtomicReference<>();
    private final AtomicReference<Function<String, String>> byRequest = new AtomicReference<>();
    private volatile boolean refusesResponseFormat;

    public FakeOpenAiServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/chat/completions", exchange -> {
            calls.incrementAndGet();
            lastRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(delayMillis.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            boolean refused = refusesResponseFormat && lastRequest.get().contains("\"response_format\"");
            int answerStatus = refused ? 400 : status.get();
            byte[] body = (refused
                    ? "{\"error\":{\"message\":\"response_format is not supported by this model\",\"type\":\"invalid_request_error\"}}"
                    : answerStatus == 200 ? completion(answerFor(lastRequest.get()), reasoning.get())
                    : "{\"error\":{\"message\":\"upstream failure\",\"type\":\"server_error\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(answerStatus, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (IOException e) {
                // the client gave up (timeout test): nothing to answer
            }
        });
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Answers each request with what the function makes of its body: replays recorded answers note by note. */
    public FakeOpenAiServer answeringBy(Function<String, String> answerForRequestBody) {
        byRequest.set(answerForRequestBody);
        status.set(200);
        return this;
    }

    private String answerFor(String requestBody) {
        Function<String, String> answer = byRequest.get();
        return answer == null ? content.get() : answer.apply(requestBody);
    }

    public FakeOpenAiServer answering(String assistantContent) {
        byRequest.set(null);
        content.set(assistantContent);
        status.set(200);
        return this;
    }

    public FakeOpenAiServer failingWith(int httpStatus) {
        status.set(httpStatus);
        return this;
    }

    public FakeOpenAiServer delayedBy(int millis) {
        delayMillis.set(millis);
        return this;
    }

    /** Answers with a separate {@code reasoning_content}, as DeepSeek's reasoner and Qwen3 with thinking do. */
    public FakeOpenAiServer reasoningFirst(String reasoningContent) {
        reasoning.set(reasoningContent);
        return this;
    }

    /** Answers 400 to any request carrying {@code response_format}, as some providers and local models do. */
    public FakeOpenAiServer refusingResponseFormat() {
        refusesResponseFormat = true;
        return this;
    }

    public String lastRequest() {
        return lastRequest.get();
    }

    public int calls() {
        return calls.get();
    }

    /** A realistic chat.completion body around the assistant's content. */
    private static String completion(String assistantContent, String reasoningContent) {
        String reasoningField = reasoningContent == null ? "" : ",\"reasoning_content\":" + jsonString(reasoningContent);
        return """
                {"id":"chatcmpl-test","object":"chat.completion","created":1767225600,"model":"test-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":512,"completion_tokens":128,"total_tokens":640}}
                """.formatted(jsonString(assistantContent), reasoningField);
    }

    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
