package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.branchmate.bot.support.BotTest;

class NotesImportBrowserTest extends ConsoleBrowserTest {

    @TempDir
    Path files;

    @Test
    void importedCsvIsReportedRowByRow() throws IOException {
        String member = createMember("何川", "MEMBER", null);
        Path csv = files.resolve("历史笔记.csv");
        Files.writeString(csv, """
                date,member,text
                2026-10-12,%s,今天去了招行科技园支行，理财经理何芳喜欢跑步。
                2026-10-13,nobody-here,今天去了招行科技园支行。
                """.formatted(member), StandardCharsets.UTF_8);
        logIn("admin", BotTest.ADMIN_PASSWORD);
        open("/notes.html");

        driver.findElement(By.id("import-file")).sendKeys(csv.toString());
        WebElement start = driver.findElement(By.id("import-button"));
        waitUpTo(5).until(ExpectedConditions.elementToBeClickable(start)).click();

        WebElement summary = waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));
        assertThat(summary.getText()).contains("共 2 行").contains("导入 1 行").contains("失败 1 行");
        var rows = driver.findElements(By.cssSelector("#import-report tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("已导入");
        assertThat(rows.get(0).findElement(By.cssSelector("a[href^='/notes.html?id=']")).getText()).startsWith("#");
        assertThat(rows.get(1).getText()).contains("失败").contains("nobody-here");
    }
}
