package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.branchmate.bot.support.JsonText;

class MemberScopeBrowserTest extends ConsoleBrowserTest {

    @Test
    void aMemberSeesNeitherAnotherMembersCustomerNorItsDetail() {
        String password = "member-pass-123";
        String self = createMember("钱程", "MEMBER", password);
        String other = createMember("赵敏", "MEMBER", null);
        chat(other, "今天去了工行河西支行，客户周先生80万理财明年3月5日到期，手机13700001234。");
        chat(self, "今天去了农行东湖支行，客户孙先生想了解年金险，约了下周二再聊。");
        long othersCustomer = idOfPersonOwnedBy(other, "周");

        logIn(self, password);
        assertThat(driver.findElements(By.cssSelector("[data-nav=audit]"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("[data-nav=members]")).getText()).isEqualTo("我的账号");

        open("/people.html");
        assertThat(driver.findElement(By.id("people")).getText()).contains("孙先生").doesNotContain("周先生");
        driver.findElement(By.id("query")).sendKeys("周" + Keys.ENTER);
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("no-people")));
        assertThat(driver.findElements(By.cssSelector("#people tr[data-person-id]"))).isEmpty();

        assertThat(statusFromBrowser("/api/people/" + othersCustomer)).isEqualTo(404);
        open("/person.html?id=" + othersCustomer);
        assertThat(driver.findElement(By.id("error")).getText()).contains("没有找到这个人");
        assertThat(driver.findElements(By.id("current-facts"))).isEmpty();
    }

    private void chat(String member, String text) {
        var reply = system().postJson("/api/chat", JsonText.of(Map.of("member", member, "text", text)));
        assertThat(reply.json().get("reply").asString()).as(reply.body()).contains("已记下");
    }

    private long idOfPersonOwnedBy(String owner, String query) {
        var people = system().get("/api/people?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        for (var person : people.json()) {
            if (owner.equals(person.get("owner").asString())) {
                return person.get("id").asLong();
            }
        }
        throw new AssertionError("no person " + query + " owned by " + owner + ": " + people.body());
    }
}
