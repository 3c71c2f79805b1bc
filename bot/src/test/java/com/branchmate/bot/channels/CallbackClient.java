package com.branchmate.bot.channels;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Posts to the bot's callbacks as a platform does: any body, any content type, extra headers. */
public final class CallbackClient {

    public record Response(int status, String body, long millis) {
    }

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public CallbackClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
    }

    public Response post(String pathAndQuery, String contentType, String body) {
        return post(pathAndQuery, contentType, body, Map.of());
    }

    public Response post(String pathAndQuery, String contentType, String body, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    private Response send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            var response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
