package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;

/** The teams page (an admin creates a team with a lead, renames it) and what a member's console leaves out. */
class TeamsBrowserTest extends ConsoleBrowserTest {

    @Test
    void anAdminCreatesATeamWithALeadAndRenamesIt() {
        String lead = createMember("孔令辉", "MEMBER", null);
        String code = Fixtures.unique("east").replace("-", "");
        logIn("admin", BotTest.ADMIN_PASSWORD);
        open("/teams.html");

        driver.findElement(By.id("t-code")).sendKeys(code);
        driver.findElement(By.id("t-name")).sendKeys("城东团队");
        new Select(driver.findElement(By.id("t-lead"))).selectByValue(lead);
        driver.findElement(By.cssSelector("#team-form button[type=submit]")).click();

        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已新建团队"));
        By row = By.cssSelector("tr[data-team='" + code + "']");
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(row, "孔令辉"));
        assertThat(driver.findElement(row).getText()).contains("城东团队");
        var member = system().get("/api/members").json();
        boolean promoted = false;
        for (var m : member) {
            if (m.get("login").asString().equals(lead)) {
                promoted = m.get("role").asString().equals("MANAGER") && m.get("team").asString().equals(code);
            }
        }
        assertThat(promoted).as("the lead is now a MANAGER of " + code).isTrue();

        driver.findElement(row).findElement(By.cssSelector("button")).click();
        var name = driver.findElement(By.id("e-name-" + code));
        name.clear();
        name.sendKeys("城东一队");
        driver.findElement(By.cssSelector("form.edit-team button[type=submit]")).click();
        waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(row, "城东一队"));

        // Usable on a phone: nothing wider than the screen.
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/teams.html");
        Number overflow = (Number) script("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        screenshots("teams");
    }

    @Test
    void aMemberSeesNoTeamsPageNoUploadFormAndNoApiDocs() {
        String password = "member-pass-123";
        String login = createMember("吴敏", "MEMBER", password);
        logIn(login, password);

        assertThat(driver.findElements(By.cssSelector("[data-nav=teams]"))).isEmpty();
        open("/kb.html");
        assertThat(driver.findElements(By.id("kb-upload-card"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#kb-documents button.danger"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href='/swagger-ui.html']"))).isEmpty();
        assertThat(statusFromBrowser("/api/teams")).isEqualTo(200);
    }
}
