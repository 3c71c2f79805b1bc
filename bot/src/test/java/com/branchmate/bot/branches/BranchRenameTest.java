package com.branchmate.bot.branches;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

/** A branch's bank or name can be corrected; its people stay with it, and a name already taken is refused. */
@BotTest
@Tag("persistence")
class BranchRenameTest {

    @LocalServerPort
    int port;

    @Test
    void renamingKeepsThePeopleAndRefusesATakenName() {
        var admin = new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
        String login = Fixtures.unique("ren");
        admin.postJson("/api/members", JsonText.of(Map.of("login", login, "name", "客户经理", "role", "MEMBER")));
        // Branch names in notes are Chinese: the random part is spelled in characters.
        String suffix = Fixtures.unique("").replace("-", "").chars().limit(4)
                .mapToObj(c -> String.valueOf("甲乙丙丁戊己庚辛壬癸东南西北山水".charAt(Character.digit(c, 16))))
                .collect(java.util.stream.Collectors.joining());
        String typo = "城西" + suffix + "支行";
        String taken = "城南" + suffix + "支行";
        admin.postJson("/api/chat", JsonText.of(Map.of("member", login,
                "text", "今天去了建行" + typo + "，大堂经理周敏喜欢跳舞。")));
        admin.postJson("/api/branches", JsonText.of(Map.of("bank", "建设银行", "name", taken, "owner", login)));
        long id = branchId(admin, typo);

        var renamed = admin.putJson("/api/branches/" + id, JsonText.of(Map.of("bank", "工行", "name", "城西" + suffix + "分理处")));
        var clash = admin.putJson("/api/branches/" + id, JsonText.of(Map.of("bank", "建设银行", "name", taken)));

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("displayName").asText()).endsWith("工商银行城西" + suffix + "分理处");
        assertThat(renamed.json().get("people").asInt()).isEqualTo(1);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.json().get("error").asText()).contains("已经有这个网点");
    }

    private static long branchId(HttpTestClient admin, String name) {
        for (var branch : admin.get("/api/branches").json()) {
            if (branch.get("name").asText().equals(name)) {
                return branch.get("id").asLong();
            }
        }
        throw new AssertionError("no branch " + name);
    }
}
