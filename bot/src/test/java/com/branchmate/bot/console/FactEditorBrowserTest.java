package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.branchmate.bot.support.JsonText;

class FactEditorBrowserTest extends ConsoleBrowserTest {

    @Test
    void theFactEditorRefusesAPhoneInWordsAndSavesALunarBirthdayWithoutStorageSyntax() {
        String password = "member-pass-123";
        String self = createMember("冯晓", "MEMBER", password);
        var reply = system().postJson("/api/chat", JsonText.of(Map.of("member", self,
                "text", "今天去了中行滨湖支行，理财经理邵敏喜欢插花。")));
        assertThat(reply.json().get("reply").asString()).as(reply.body()).contains("已记下");
        long id = system().get("/api/people?query=" + URLEncoder.encode("邵敏", StandardCharsets.UTF_8))
                .json().get(0).get("id").asLong();

        logIn(self, password);
        open("/person.html?id=" + id);
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("fact-form")));

        new Select(driver.findElement(By.id("fact-key"))).selectByValue("phone");
        WebElement value = driver.findElement(By.id("fact-value"));
        value.clear();
        value.sendKeys("打他办公室");
        driver.findElement(By.cssSelector("#fact-form button[type=submit]")).click();
        WebElement error = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).contains("手机号").contains("打他办公室");
        assertThat(driver.findElement(By.id("current-facts")).getText()).doesNotContain("打他办公室");

        new Select(driver.findElement(By.id("fact-key"))).selectByValue("birthday");
        waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.id("fact-month")));
        new Select(driver.findElement(By.id("fact-calendar"))).selectByValue("lunar");
        new Select(driver.findElement(By.id("fact-month"))).selectByVisibleText("八月");
        new Select(driver.findElement(By.id("fact-day"))).selectByVisibleText("十五");
        driver.findElement(By.id("fact-note")).sendKeys("她说过中秋生日");
        driver.findElement(By.cssSelector("#fact-form button[type=submit]")).click();

        WebElement birthday = waitUpTo(10).until(d -> d.findElements(By.cssSelector("#current-facts tr[data-fact=birthday]"))
                .stream().findFirst().orElse(null));
        assertThat(birthday.getText()).contains("农历八月十五").contains("她说过中秋生日").contains("控制台录入 · 冯晓")
                .doesNotContain("lunar:").doesNotContain("--08-15");
        screenshots("person");
    }
}
