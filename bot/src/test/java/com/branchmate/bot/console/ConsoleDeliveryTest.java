package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.branchmate.bot.support.HttpTestClient;

/** The console's files go compressed when asked, and the browser keeps them and checks them instead of fetching again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bot.admin-password=" + ConsoleDeliveryTest.ADMIN_PASSWORD)
class ConsoleDeliveryTest {

    static final String ADMIN_PASSWORD = "delivery-pass-123";

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void scriptIsGzippedWhenAskedAndRevalidatedInsteadOfFetchedAgain() throws Exception {
        var gzipped = get("/js/console.js", "gzip", null);
        var plain = get("/js/api.js", null, null);

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        String script = new String(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(script).contains("export");
        assertThat(gzipped.body().length).isLessThan(script.length() / 2);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();

        for (var response : new HttpResponse<?>[] {gzipped, plain}) {
            String cacheControl = String.join(",", response.headers().allValues("Cache-Control"));
            assertThat(cacheControl).contains("no-cache").doesNotContain("no-store");
            assertThat(response.headers().firstValue("Last-Modified")).isPresent();
        }
        var again = get("/js/api.js", null, plain.headers().firstValue("Last-Modified").orElseThrow());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void vueIsLoadedByAVersionedUrlTheBrowserKeeps() {
        var console = new HttpTestClient(port);
        console.login("admin", ADMIN_PASSWORD);

        String module = console.get("/js/vue.js").body();
        var url = java.util.regex.Pattern.compile("'(/webjars/vue/\\d[^']+)'").matcher(module);
        assertThat(url.find()).as(module).isTrue();
        var versioned = console.get(url.group(1));
        var versionLess = console.get("/webjars/vue/dist/vue.esm-browser.prod.js");

        assertThat(versioned.status()).isEqualTo(200);
        assertThat(versioned.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(versionLess.status()).isEqualTo(200);
        assertThat(versionLess.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(new HttpTestClient(port).get(url.group(1)).status()).as("still behind the login").isEqualTo(302);
    }

    @Test
    void apiAnswersStayUncached() throws Exception {
        var response = get("/api/dashboard", "gzip", null);

        assertThat(String.join(",", response.headers().allValues("Cache-Control"))).contains("no-store");
    }

    @Test
    void echartsIsNoLongerShipped() throws Exception {
        assertThat(get("/js/echarts.js", null, null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path, String encoding, String ifModifiedSince)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
