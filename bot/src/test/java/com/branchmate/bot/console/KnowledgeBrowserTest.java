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
import com.branchmate.bot.support.Fixtures;

class KnowledgeBrowserTest extends ConsoleBrowserTest {

    @TempDir
    Path files;

    @Test
    void uploadedDocumentIsListedFoundAndDeleted() throws IOException {
        String title = Fixtures.unique("沙龙手册");
        String word = Fixtures.unique("茶歇").replace("-", "");
        Path md = files.resolve("salon.md");
        Files.writeString(md, """
                # %s
                ## 会后跟进
                沙龙结束后四十八小时内回访每一位到场客户，并准备%s。
                """.formatted(title, word), StandardCharsets.UTF_8);
        logIn("admin", BotTest.ADMIN_PASSWORD);
        open("/kb.html");

        driver.findElement(By.id("kb-file")).sendKeys(md.toString());
        WebElement upload = driver.findElement(By.id("kb-upload"));
        waitUpTo(5).until(ExpectedConditions.elementToBeClickable(upload)).click();

        WebElement message = waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        assertThat(message.getText()).contains("已上传「" + title + "」").contains("片段");
        waitUpTo(10).until(d -> d.findElement(By.id("kb-documents")).getText().contains(title));

        driver.findElement(By.id("kb-query")).sendKeys(word + " 沙龙回访");
        driver.findElement(By.cssSelector("#kb-search button[type=submit]")).click();
        WebElement firstHit = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#kb-hits .hit")));
        assertThat(firstHit.findElement(By.className("hit-title")).getText()).isEqualTo(title);
        assertThat(firstHit.getText()).contains("四十八小时").contains("会后跟进");

        WebElement row = driver.findElements(By.cssSelector("#kb-documents tbody tr")).stream()
                .filter(r -> r.getText().contains(title)).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button.danger")).click();
        driver.switchTo().alert().accept();
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已删除"));
        waitUpTo(10).until(d -> !d.findElement(By.tagName("main")).getText().contains(title + "\n"));
        assertThat(driver.findElements(By.cssSelector("#kb-hits .hit-title"))).noneMatch(e -> e.getText().equals(title));
        assertThat(system().get("/api/kb/documents").body()).doesNotContain(title);
    }
}
