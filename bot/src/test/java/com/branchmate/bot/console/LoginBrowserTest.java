package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import com.branchmate.bot.support.BotTest;

class LoginBrowserTest extends ConsoleBrowserTest {

    @Test
    void wrongPasswordIsRefusedAndTheRightOneOpensTheDashboard() {
        open("/login.html");
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.id("login-button")).click();
        waitUpTo(10).until(d -> d.findElement(By.id("message")).getText().contains("用户名或密码不对"));

        logIn("admin", BotTest.ADMIN_PASSWORD);

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("仪表盘");
        assertThat(driver.findElement(By.cssSelector("header.top .me")).getText()).contains("管理员");
        assertThat(driver.findElement(By.cssSelector("[data-nav=audit]")).isDisplayed()).isTrue();
    }

    @Test
    void everyConsolePageOpensForAnAdminWithoutScriptErrors() {
        logIn("admin", BotTest.ADMIN_PASSWORD);

        for (String page : List.of("/", "/branches.html", "/people.html", "/notes.html", "/tasks.html", "/kb.html",
                "/huddles.html", "/members.html", "/audit.html", "/sends.html", "/chat.html")) {
            open(page);

            List<WebElement> errors = driver.findElements(By.cssSelector(".alert.error"));
            assertThat(errors).as(page).allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
            // Missing resources show up as "Failed to load resource" (e.g. an optional endpoint); script errors do not.
            List<String> scriptErrors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage)
                    .filter(m -> !m.contains("Failed to load resource"))
                    .toList();
            assertThat(scriptErrors).as(page).isEmpty();
        }
    }
}
