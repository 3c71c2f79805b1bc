package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.branchmate.bot.support.BotTest;

/** The web chat keeps its newest message and its form in view, shows that the bot is typing, and offers examples. */
class ChatBrowserTest extends ConsoleBrowserTest {

    @Test
    void newestReplyStaysInViewWithTypingIndicatorAndExampleChips() {
        logIn("admin", BotTest.ADMIN_PASSWORD);
        open("/chat.html");
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("#chips .chip")).isEmpty());

        // The bot answers slowly this time, so the indicator can be seen.
        script("""
                const original = window.fetch;
                window.fetch = (...args) => new Promise((resolve) => setTimeout(() => resolve(original(...args)), 1500));""");
        chip("帮助").click();
        assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEqualTo("帮助");
        driver.findElement(By.id("send")).click();
        waitUpTo(5).until(d -> !d.findElements(By.cssSelector(".bubble.typing span")).isEmpty());
        waitUpTo(15).until(d -> d.findElements(By.cssSelector(".bubble.typing")).isEmpty()
                && lastBubble().getText().contains("记拜访笔记"));

        // A second long answer, so the log must scroll.
        chip("帮助").click();
        driver.findElement(By.id("send")).click();
        waitUpTo(15).until(d -> d.findElements(By.cssSelector(".bubble:not(.mine)")).size() >= 3
                && d.findElements(By.cssSelector(".bubble.typing")).isEmpty());

        assertNewestInView();
        assertThat(driver.findElements(By.cssSelector("#chips .chip")).stream().map(WebElement::getText))
                .contains("撤销", "我明天要干啥", "网点不出单怎么办")
                .noneMatch(text -> text.contains("……"));

        // A chip fills the box, it does not send: a note example must not be recorded as the member's note.
        int before = driver.findElements(By.cssSelector(".bubble")).size();
        chip("我明天要干啥").click();
        assertThat(driver.findElement(By.id("text")).getAttribute("value")).isEqualTo("我明天要干啥");
        assertThat(driver.findElements(By.cssSelector(".bubble"))).hasSize(before);
        screenshots("chat");
    }

    private WebElement chip(String text) {
        return driver.findElements(By.cssSelector("#chips .chip")).stream().filter(c -> c.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no chip " + text));
    }

    private WebElement lastBubble() {
        List<WebElement> bubbles = driver.findElements(By.cssSelector(".bubble"));
        return bubbles.get(bubbles.size() - 1);
    }

    /** The newest bubble's bottom is inside the log's visible part, and the log and the form inside the window. */
    private void assertNewestInView() {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) script("""
                const log = document.getElementById('log').getBoundingClientRect();
                const bubbles = document.querySelectorAll('.bubble');
                const last = bubbles[bubbles.length - 1].getBoundingClientRect();
                const form = document.getElementById('chat-form').getBoundingClientRect();
                return { lastBottom: last.bottom, logBottom: log.bottom, logTop: log.top, formBottom: form.bottom,
                         window: window.innerHeight, scrolled: document.getElementById('log').scrollTop,
                         pageScroll: document.documentElement.scrollHeight - window.innerHeight };""");
        assertThat(box.get("scrolled").doubleValue()).as("the log scrolled").isGreaterThan(0);
        assertThat(box.get("lastBottom").doubleValue()).as("newest bubble in the log's view")
                .isLessThanOrEqualTo(box.get("logBottom").doubleValue() + 1);
        assertThat(box.get("logBottom").doubleValue()).isLessThanOrEqualTo(box.get("window").doubleValue());
        assertThat(box.get("formBottom").doubleValue()).as("form in the window")
                .isLessThanOrEqualTo(box.get("window").doubleValue());
        assertThat(box.get("pageScroll").doubleValue()).as("the page itself does not scroll").isLessThanOrEqualTo(1);
    }
}
