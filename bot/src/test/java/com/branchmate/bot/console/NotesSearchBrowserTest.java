package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.JsonText;

/** The notes page's search and delete, and the export buttons of the people and tasks pages. */
class NotesSearchBrowserTest extends ConsoleBrowserTest {

    @Test
    void aMemberSearchesTheirNotesAndDeletesOne() {
        String password = "member-pass-123";
        String login = createMember("周琪", "MEMBER", password);
        String marker = Fixtures.unique("").substring(1, 6);
        long kept = note(login, "今天拜访农行城东支行" + marker + "，理财经理何佳。");
        long found = note(login, "今天拜访工行城西支行" + marker + "，客户赵敏想了解年金险。");
        logIn(login, password);
        open("/notes.html");

        driver.findElement(By.id("search-text")).sendKeys("城西支行" + marker + Keys.ENTER);
        By foundItem = By.cssSelector("li[data-note-id='" + found + "']");
        waitUpTo(10).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#notes li[data-note-id]"), 1));
        assertThat(driver.findElements(foundItem)).hasSize(1);
        assertThat(driver.findElement(foundItem).getText()).as("the author by name").contains("周琪").doesNotContain(login);

        script("window.confirm = () => true;");
        driver.findElement(foundItem).findElement(By.cssSelector("button.delete-note")).click();
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已删除笔记 #" + found));
        assertThat(statusFromBrowser("/api/notes/" + found)).isEqualTo(404);
        assertThat(statusFromBrowser("/api/notes/" + kept)).isEqualTo(200);

        // Usable on a phone: the search form wraps, nothing is wider than the screen.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/notes.html");
        Number overflow = (Number) script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        assertThat(driver.findElement(By.id("search-to")).isDisplayed()).isTrue();

        screenshots("notes");
        open("/people.html");
        assertThat(driver.findElement(By.id("export-people")).getAttribute("href")).endsWith("/api/export/people.xlsx");
        assertThat(statusFromBrowser("/api/export/people.xlsx")).isEqualTo(200);
        open("/tasks.html");
        assertThat(driver.findElement(By.id("export-tasks")).getAttribute("href")).endsWith("/api/export/tasks.xlsx");
        assertThat(statusFromBrowser("/api/export/tasks.xlsx")).isEqualTo(200);
        screenshots("tasks");
    }

    private long note(String member, String text) {
        var saved = system().postJson("/api/notes", JsonText.of(Map.of("member", member, "text", text)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        return saved.json().get("id").asLong();
    }
}
