package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.JsonText;

/** The audit page shows who did what by name, and dates in details in the console's one format. */
class AuditBrowserTest extends ConsoleBrowserTest {

    @Test
    void auditDetailsCarryNoIsoDates() {
        String author = createMember("石磊", "MEMBER", null);
        LocalDate thisYear = Year.now().atMonth(12).atDay(28);
        LocalDate lastYear = Year.now().minusYears(1).atMonth(3).atDay(5);
        deleteNote(author, thisYear);
        deleteNote(author, lastYear);

        logIn("admin", BotTest.ADMIN_PASSWORD);
        open("/audit.html?targetType=note");
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit"), "石磊"));

        String table = driver.findElement(By.id("audit")).getText();
        assertThat(table).contains("删除 石磊 12月28日 的拜访笔记")
                .contains("删除 石磊 " + lastYear.getYear() + "年3月5日 的拜访笔记")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .as("the deployment token acts as 系统, not by a login").doesNotContain("system");
        screenshots("audit");
    }

    private void deleteNote(String member, LocalDate day) {
        var saved = system().postJson("/api/notes", JsonText.of(Map.of("member", member,
                "text", "今天拜访建行城北支行，大堂经理程丽。", "referenceDate", day.toString())));
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        var deleted = system().send("DELETE", "/api/notes/" + saved.json().get("id").asLong());
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
    }
}
