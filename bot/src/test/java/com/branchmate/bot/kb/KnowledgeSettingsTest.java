package com.branchmate.bot.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;
import com.branchmate.knowledge.KnowledgeBase;

/**
 * An admin switches the built-in playbook off (it leaves search, and the setting is in the database, so a restart
 * keeps it) or deletes one of its documents (the next start does not bring it back); others may not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.api-token=playbook-token", "bot.kb.default-playbook=true"})
class KnowledgeSettingsTest {

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeBase knowledge;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminSwitchesTheBuiltInPlaybookOffAndItStaysOffInTheDatabase() {
        var admin = new HttpTestClient(port).withBearer("playbook-token");
        try {
            assertThat(admin.get("/api/kb/settings").json().get("builtInPlaybook").asBoolean()).isTrue();
            assertThat(knowledge.search("晨会怎么开", 5)).anySatisfy(h -> assertThat(h.passage().builtIn()).isTrue());

            var off = admin.putJson("/api/kb/settings", JsonText.of(Map.of("builtInPlaybook", false)));

            assertThat(off.status()).isEqualTo(200);
            assertThat(off.json().get("builtInPlaybook").asBoolean()).isFalse();
            assertThat(knowledge.search("晨会怎么开", 5)).noneSatisfy(h -> assertThat(h.passage().builtIn()).isTrue());
            // What a restart reads: the stored setting, not the memory of this instance.
            assertThat(jdbc.queryForObject("select built_in_enabled from kb_state where id = 1", Boolean.class)).isFalse();
            assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'KB_SETTINGS'", Integer.class))
                    .isPositive();
        } finally {
            admin.putJson("/api/kb/settings", JsonText.of(Map.of("builtInPlaybook", true)));
        }
        assertThat(knowledge.search("晨会怎么开", 5)).anySatisfy(h -> assertThat(h.passage().builtIn()).isTrue());
    }

    @Test
    void aDeletedBuiltInDocumentIsNotLoadedAgainOnTheNextStart() {
        var document = knowledge.documents().stream().filter(d -> d.builtIn()).findFirst().orElseThrow();
        try {
            knowledge.delete(document.id());
            new DefaultPlaybook(knowledge).load();

            assertThat(knowledge.documents()).noneSatisfy(d -> assertThat(d.fileName()).isEqualTo(document.fileName()));
        } finally {
            jdbc.update("delete from kb_dismissed where file_name = ?", document.fileName());
            new DefaultPlaybook(knowledge).load();
        }
        assertThat(knowledge.documents()).anySatisfy(d -> assertThat(d.fileName()).isEqualTo(document.fileName()));
    }

    @Test
    void onlyAnAdminChangesTheSettingAndABadRequestIsExplained() {
        var admin = new HttpTestClient(port).withBearer("playbook-token");
        String login = Fixtures.unique("kbs");
        admin.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "主管", "role", "MANAGER",
                "password", "manager-password-1")));
        var manager = new HttpTestClient(port);
        manager.login(login, "manager-password-1");

        var refused = manager.putJsonWithCsrf("/api/kb/settings", JsonText.of(Map.of("builtInPlaybook", false)));
        var empty = admin.putJson("/api/kb/settings", "{}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(manager.get("/api/kb/settings").status()).isEqualTo(200);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("内置手册");
        assertThat(knowledge.builtInPlaybookEnabled()).isTrue();
    }
}
