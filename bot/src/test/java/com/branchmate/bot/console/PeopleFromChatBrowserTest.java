package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.branchmate.bot.support.BotTest;

class PeopleFromChatBrowserTest extends ConsoleBrowserTest {

    static final String NOTE = "今天去了建行城南支行，大堂经理李娜生日是3月8日，手机13812345678，喜欢瑜伽。";

    @Test
    void noteTypedInTheWebChatShowsThePersonWithHerFactsAndAMaskedPhone() {
        // The list names the owner (孙丽), not the login.
        String member = createMember("孙丽", "MEMBER", null);
        logIn("admin", BotTest.ADMIN_PASSWORD);
        open("/chat.html");

        new Select(driver.findElement(By.id("member"))).selectByValue(member);
        driver.findElement(By.id("text")).sendKeys(NOTE + Keys.ENTER);
        waitUpTo(60).until(d -> d.findElements(By.cssSelector(".bubble:not(.mine)")).stream()
                .anyMatch(b -> b.getText().contains("已记下")));

        open("/people.html");
        driver.findElement(By.id("query")).sendKeys("李娜" + Keys.ENTER);
        WebElement row = waitUpTo(10).until(d -> d.findElements(By.cssSelector("#people tr[data-person-id]")).stream()
                .filter(r -> r.getText().contains("李娜") && r.getText().contains("孙丽"))
                .findFirst().orElse(null));
        assertThat(row.getText())
                .contains("建设银行城南支行", "大堂经理", "3月8日", "瑜伽", "138****5678")
                .doesNotContain("13812345678");

        row.findElement(By.cssSelector("a.person-name")).click();
        waitUntilReady();
        WebElement current = waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("current-facts")));
        assertThat(current.findElement(By.cssSelector("tr[data-fact=phone] .fact-value")).getText()).isEqualTo("13812345678");
        assertThat(driver.findElement(By.id("fact-history")).getText()).contains("瑜伽", "3月8日");

        current.findElement(By.cssSelector("tr[data-fact=hobby] a[href^='/notes.html?id=']")).click();
        waitUntilReady();
        assertThat(driver.findElement(By.id("focused-note")).getText()).contains(NOTE).contains("李娜");
    }
}
