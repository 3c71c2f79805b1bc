package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.JsonText;

class DashboardPhoneBrowserTest extends ConsoleBrowserTest {

    static final int PHONE_WIDTH = 375;

    @Override
    WebDriver newBrowser() {
        return Browser.phone(PHONE_WIDTH, 812);
    }

    @Test
    void dashboardFitsAPhoneWithoutHorizontalScrolling() {
        String member = createMember("周航", "MEMBER", null);
        system().postJson("/api/chat", JsonText.of(Map.of("member", member,
                "text", "今天去了中行滨江支行，客户吴先生100万定期12月20日到期，约了下周三见面。")));

        logIn("admin", BotTest.ADMIN_PASSWORD);
        waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#notes-chart svg rect")));

        assertThat(((Number) script("return window.innerWidth")).intValue()).isEqualTo(PHONE_WIDTH);
        assertThat(((Number) script("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(PHONE_WIDTH);
        @SuppressWarnings("unchecked")
        List<Number> rightEdges = (List<Number>) script(
                "return [...document.querySelectorAll('.card, .stat, #notes-chart svg')].map(e => e.getBoundingClientRect().right)");
        assertThat(rightEdges).isNotEmpty().allSatisfy(right -> assertThat(right.doubleValue()).isLessThanOrEqualTo(PHONE_WIDTH));

        // The chart is our own SVG: no chart library is loaded.
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) script("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded).isNotEmpty().noneMatch(url -> url.contains("echarts"));
        @SuppressWarnings("unchecked")
        List<String> bars = (List<String>) script(
                "return [...document.querySelectorAll('#notes-chart svg rect title')].map(t => t.textContent)");
        assertThat(bars).anyMatch(bar -> bar.startsWith("周航 · ") && !bar.endsWith("：0"));

        // The navigation folds behind a menu button on a phone.
        assertThat(driver.findElement(By.cssSelector("[data-nav=branches]")).isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("header.top .menu-toggle")).click();
        assertThat(driver.findElement(By.cssSelector("[data-nav=branches]")).isDisplayed()).isTrue();
        driver.findElement(By.cssSelector("header.top .menu-toggle")).click();
        screenshots("dashboard");
    }
}
