package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;

/** Failed sends to WeCom and DingTalk are visible to an admin in the console, and only to an admin. */
class SendLogBrowserTest extends ConsoleBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedSendIsListedWithItsError() {
        String recipient = Fixtures.unique("user");
        insert(recipient, "FAILED", "errcode 45009 api freq out of limit");
        insert(recipient, "SENT", null);
        logIn("admin", BotTest.ADMIN_PASSWORD);

        open("/sends.html");

        WebElement table = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("sends")));
        var rows = table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(recipient)).toList();
        assertThat(rows).singleElement().satisfies(row ->
                assertThat(row.getText()).contains("失败").contains("45009").contains("企业微信"));
        assertThat(driver.findElement(By.id("send-summary")).getText()).contains("失败");

        String member = createMember("组员", "MEMBER", "member-pass-123");
        closeBrowser();
        openBrowser();
        logIn(member, "member-pass-123");
        assertThat(statusFromBrowser("/api/channels/sends")).isEqualTo(403);
        assertThat(driver.findElements(By.cssSelector("a[data-nav=sends]"))).isEmpty();
    }

    private void insert(String recipient, String status, String error) {
        jdbc.update("insert into channel_send (channel, recipient, message_key, part_no, part_count, status, error, "
                + "attempts, created_at) values ('wecom', ?, ?, 1, 1, ?, ?, 3, ?)", recipient,
                Fixtures.unique("reply"), status, error, Timestamp.from(Instant.now()));
    }
}
