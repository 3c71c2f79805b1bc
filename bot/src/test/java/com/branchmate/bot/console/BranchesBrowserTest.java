package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.branchmate.bot.support.BotTest;

class BranchesBrowserTest extends ConsoleBrowserTest {

    @Test
    void addedBranchIsListedAndItsAddressCanBeChanged() {
        String name = "城北第" + ThreadLocalRandom.current().nextInt(100, 1_000_000) + "支行";
        logIn("admin", BotTest.ADMIN_PASSWORD);
        open("/branches.html");

        driver.findElement(By.id("bank")).sendKeys("建设银行");
        driver.findElement(By.id("name")).sendKeys(name);
        driver.findElement(By.id("address")).sendKeys("北京路 1 号");
        driver.findElement(By.cssSelector("#branch-form button[type=submit]")).click();

        WebElement row = waitUpTo(10).until(d -> rowOf(name));
        assertThat(row.getText()).contains("建设银行" + name).contains("北京路 1 号").contains("从未拜访");

        row.findElement(By.xpath(".//button[text()='编辑']")).click();
        WebElement address = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[id^=edit-address-]")));
        address.clear();
        address.sendKeys("南京路 2 号");
        address.submit();

        waitUpTo(10).until(d -> {
            WebElement updated = rowOf(name);
            return updated != null && updated.getText().contains("南京路 2 号");
        });
        assertThat(driver.findElement(By.cssSelector(".alert.ok")).getText()).contains("已保存");

        String renamed = name.replace("城北", "城东");
        rowOf(name).findElement(By.xpath(".//button[text()='编辑']")).click();
        WebElement nameInput = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[id^=edit-name-]")));
        nameInput.clear();
        nameInput.sendKeys(renamed);
        nameInput.submit();

        waitUpTo(10).until(d -> rowOf(renamed) != null);
        assertThat(rowOf(renamed).getText()).contains("建设银行" + renamed).contains("南京路 2 号");
        assertThat(rowOf(name)).isNull();
    }

    private WebElement rowOf(String branchName) {
        return driver.findElements(By.cssSelector("#branches tr[data-branch-id]")).stream()
                .filter(r -> r.getText().contains(branchName))
                .findFirst().orElse(null);
    }
}
