package com.branchmate.bot.channels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The few JSON calls the channels make (token, send, webhook), with short timeouts. Plain JDK HTTP keeps the
 * platform hosts configurable and the calls visible to tests' fakes.
 */
@Component
public class JsonHttp {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** Status and parsed body; the body is an empty object when it was not JSON. */
    public record Answer(int status, JsonNode body) {

        public boolean serverError() {
            return status >= 500;
        }

        /** The field as text, or null when absent. */
        public String text(String field) {
            return JsonHttp.text(body, field);
        }

        public long number(String field, long otherwise) {
            JsonNode node = body.path(field);
            return node.isNumber() || node.isString() ? node.asLong(otherwise) : otherwise;
        }
    }

    /** Built on the first call: building it loads the JDK's TLS setup, which a bot without a platform never needs. */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private final ObjectMapper json;

    JsonHttp(ObjectMapper json) {
        this.json = json;
    }

    public Answer get(URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET());
    }

    public Answer post(URI uri, Object body) throws IOException, InterruptedException {
        return post(uri, body, Map.of());
    }

    public Answer post(URI uri, Object body, Map<String, String> headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    public String write(Object body) {
        return body instanceof String text ? text : json.writeValueAsString(body);
    }

    public JsonNode read(String text) {
        return json.readTree(text);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = Client.INSTANCE.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body;
        try {
            body = response.body() == null || response.body().isBlank()
                    ? json.createObjectNode() : json.readTree(response.body());
        } catch (RuntimeException notJson) {
            body = json.createObjectNode();
        }
        return new Answer(response.statusCode(), body == null ? json.createObjectNode() : body);
    }

    /** A field of a JSON object as text, or null when it is absent or null. */
    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.isContainer()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.asString();
    }
}
