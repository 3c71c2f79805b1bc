package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.JsonText;

class HuddlePreviewBrowserTest extends ConsoleBrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void previewOfAnyDateRendersTheMarkdownAndShowsHtmlAsText() {
        String team = Fixtures.unique("team");
        new Fixtures(jdbc).team(team);
        var saved = system().putJson("/api/huddles/settings/" + team, JsonText.of(Map.of(
                "enabled", false, "morningTime", "08:30", "eveningTime", "17:30", "zone", "Asia/Shanghai",
                "graceMinutes", 60, "personalReminders", false, "customerNames", "HONORIFIC",
                "morningTemplate", "### {{title}}\n**重点** <img src=x onerror=alert(1)>\n- 第一条\n> 引用一句")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);

        logIn("admin", BotTest.ADMIN_PASSWORD);
        open("/huddles.html");
        new Select(driver.findElement(By.id("team"))).selectByValue(team);
        new Select(driver.findElement(By.id("preview-kind"))).selectByValue("MORNING");
        // A date input types in the browser's locale format; setting the value is the same for every locale.
        script("const input = arguments[0]; input.value = '2026-03-02'; input.dispatchEvent(new Event('input'));",
                driver.findElement(By.id("preview-date")));
        driver.findElement(By.cssSelector("#preview button[type=submit]")).click();

        WebElement preview = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-markdown")));
        assertThat(preview.findElement(By.cssSelector("h4")).getText()).contains("晨会");
        assertThat(preview.findElement(By.cssSelector("strong")).getText()).isEqualTo("重点");
        assertThat(preview.findElement(By.cssSelector("li")).getText()).isEqualTo("第一条");
        assertThat(preview.findElement(By.cssSelector("blockquote")).getText()).isEqualTo("引用一句");
        assertThat(preview.findElements(By.cssSelector("img"))).isEmpty();
        assertThat(preview.getText()).contains("<img src=x onerror=alert(1)>");

        driver.findElement(By.id("s-morning-default")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("s-morning-template")).getDomProperty("value").contains("昨日战报"));
        assertThat(driver.findElement(By.id("s-morning-template")).getDomProperty("value"))
                .doesNotContain("<img").contains("{{tip}}");
    }
}
