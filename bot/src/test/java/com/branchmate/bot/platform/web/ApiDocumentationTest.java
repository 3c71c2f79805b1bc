package com.branchmate.bot.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.HttpTestClient;

/** The API documentation page is there for a logged-in user and describes the REST API, not the pages. */
@BotTest
class ApiDocumentationTest {

    @LocalServerPort
    int port;

    @Test
    void openApiDescribesTheRestApiBehindTheLogin() {
        var anonymous = new HttpTestClient(port);
        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(302);

        var admin = new HttpTestClient(port);
        admin.login("admin", BotTest.ADMIN_PASSWORD);
        var docs = admin.get("/v3/api-docs");
        var page = admin.get("/swagger-ui/index.html");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("info").get("title").asText()).contains("BranchMate");
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/kb/search", "/api/scripts", "/api/notes",
                "/api/huddles/preview").noneMatch(path -> path.startsWith("/callback"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");

        var paths = docs.json().get("paths");
        assertThat(paths.get("/api/people/fact-keys").has("get")).isTrue();
        assertThat(paths.get("/api/kb/settings").has("get")).isTrue();
        assertThat(paths.get("/api/kb/settings").has("put")).isTrue();
        var schemas = docs.json().get("components").get("schemas");
        assertThat(schemas.get("AskResult").get("properties").get("found").get("description").asText()).contains("没有找到");
        assertThat(schemas.get("HitView").get("properties").get("score").get("description").asText()).contains("0 到 1");
        assertThat(schemas.get("FactView").get("properties").has("source")).isTrue();
        assertThat(schemas.get("PersonView").get("properties").has("ownerName")).isTrue();
        assertThat(schemas.get("AuditEntry").get("properties").has("actorName")).isTrue();
        assertThat(schemas.get("NoteView").get("properties").has("memberName")).isTrue();
        assertThat(schemas.get("Task").get("properties").has("memberName")).isTrue();
        assertThat(admin.send("HEAD", "/swagger-ui.html").status()).isIn(200, 302);
    }
}
