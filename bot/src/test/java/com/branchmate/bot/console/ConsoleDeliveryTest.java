package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.HttpTestClient;

/**
 * The console's files go compressed when asked; pages are checked each time, and the scripts and styles they load
 * carry one version for the whole set, so the browser keeps those for good.
 */
@BotTest
class ConsoleDeliveryTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    private static final Pattern VERSIONED_SCRIPT = Pattern.compile("src=\"(/assets/([0-9a-f]{12})/js/pages/login\\.js)\"");

    @Test
    void pagesLoadOurScriptsAndStylesByAVersionedUrlTheBrowserKeeps() {
        var anonymous = new HttpTestClient(port);
        var page = anonymous.get("/login.html");
        var script = VERSIONED_SCRIPT.matcher(page.body());
        assertThat(script.find()).as(page.body()).isTrue();
        String version = script.group(2);
        assertThat(page.body()).contains("href=\"/assets/" + version + "/css/app.css\"");

        var versioned = anonymous.get(script.group(1));
        assertThat(versioned.status()).isEqualTo(200);
        assertThat(versioned.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(versioned.body()).isEqualTo(anonymous.get("/js/pages/login.js").body());
        assertThat(anonymous.get("/assets/" + version + "/css/app.css").header("Cache-Control"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(anonymous.get("/assets/" + version + "/login.html").status()).as("pages are never immutable")
                .isEqualTo(404);
        assertThat(anonymous.get("/assets").status()).isEqualTo(404);
    }

    @Test
    void pagesThemselvesAreRevalidatedEveryTime() throws Exception {
        var page = get("/login.html", null, null);
        String cacheControl = String.join(",", page.headers().allValues("Cache-Control"));
        assertThat(cacheControl).contains("no-cache").doesNotContain("max-age=31536000").doesNotContain("immutable");
        String etag = page.headers().firstValue("ETag").orElseThrow();

        var again = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.html"))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    /** A page loaded just before a deploy asks for the old version: it is sent to the current file, never cached. */
    @Test
    void anOldVersionIsRedirectedToTheCurrentOne() {
        var anonymous = new HttpTestClient(port);
        var script = VERSIONED_SCRIPT.matcher(anonymous.get("/login.html").body());
        assertThat(script.find()).isTrue();

        var old = anonymous.get("/assets/0123456789ab/js/pages/login.js");

        assertThat(old.status()).isEqualTo(302);
        assertThat(old.header("Location")).endsWith(script.group(1));
        assertThat(old.header("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    void everyPageGetsTheSharedHeadAndTheVersionAfterLogin() throws IOException {
        var console = new HttpTestClient(port);
        console.login("admin", BotTest.ADMIN_PASSWORD);
        var pages = new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/resources/*.html");
        assertThat(pages).hasSizeGreaterThan(10);

        for (Resource file : pages) {
            var page = console.get("/" + file.getFilename());
            assertThat(page.status()).as(file.getFilename()).isEqualTo(200);
            assertThat(page.body()).as(file.getFilename())
                    .containsSubsequence("<head>", "<meta charset=\"UTF-8\">", "name=\"viewport\"", "<title>", "</head>")
                    .containsPattern("<link rel=\"stylesheet\" href=\"/assets/[0-9a-f]{12}/css/app.css\">")
                    .containsPattern("<script type=\"module\" src=\"/assets/[0-9a-f]{12}/js/pages/")
                    .doesNotContain("#include").doesNotContain("\"/js/").doesNotContain("\"/css/");
        }
        assertThat(console.get("/").body()).as("the dashboard through the welcome page")
                .containsPattern("src=\"/assets/[0-9a-f]{12}/js/pages/dashboard.js\"");
    }

    /** An absolute import would load a second, unversioned copy of a module beside the versioned one. */
    @Test
    void modulesImportOurOwnFilesByRelativePaths() throws IOException {
        var scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/resources/js/**/*.js");
        assertThat(scripts).hasSizeGreaterThan(10);
        for (Resource script : scripts) {
            assertThat(script.getContentAsString(StandardCharsets.UTF_8)).as(script.getFilename())
                    .doesNotContainPattern("(from|import)\\s*\\(?\\s*'/(js|css)/");
        }
    }

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
        console.login("admin", BotTest.ADMIN_PASSWORD);

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
