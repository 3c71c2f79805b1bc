package com.branchmate.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.branchmate.bot.support.BotTest;
import com.branchmate.bot.support.Fixtures;
import com.branchmate.bot.support.HttpTestClient;
import com.branchmate.bot.support.JsonText;

/**
 * The console in a real browser against the running bot: every subclass runs in the one {@link BotTest} context,
 * so data they make carries unique names.
 */
@BotTest
@Tag("browser")
abstract class ConsoleBrowserTest {

    @LocalServerPort
    int port;

    WebDriver driver;

    @RegisterExtension
    final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> driver);

    /** Before the application starts: without a browser there is nothing to start it for. */
    @BeforeAll
    static void requireBrowser() {
        Browser.require();
    }

    @BeforeEach
    void openBrowser() {
        driver = newBrowser();
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    WebDriver newBrowser() {
        return Browser.desktop();
    }

    /** The API as a tool calls it, with the deployment token: for setting up data. */
    HttpTestClient system() {
        return new HttpTestClient(port).withBearer(BotTest.API_TOKEN);
    }

    String createMember(String name, String role, String password) {
        String login = Fixtures.unique("m");
        var fields = new HashMap<String, Object>(Map.of("login", login, "name", name, "role", role,
                "team", "default"));
        if (password != null) {
            fields.put("password", password);
        }
        var created = system().postJson("/api/members", JsonText.of(fields));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return login;
    }

    /** Pages re-render after their data arrives, so an element found a moment ago may be gone: look again. */
    WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Opens a console page and waits until it has its first data (pages set body[data-ready]). */
    void open(String path) {
        driver.get("http://127.0.0.1:" + port + path);
        waitUntilReady();
    }

    void waitUntilReady() {
        waitUpTo(20).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    void logIn(String login, String password) {
        open("/login.html");
        driver.findElement(By.id("username")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-button")).click();
        waitUpTo(20).until(d -> !d.getCurrentUrl().contains("/login"));
        waitUntilReady();
    }

    Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /**
     * Keeps what the open page shows, for people reviewing the console: target/screenshots/&lt;name&gt;-desktop.png
     * (1280×900) and &lt;name&gt;-phone.png (390×844 at 2×, as a phone lays it out). Call it last in a test: it
     * clears the viewport size it set.
     */
    void screenshots(String name) {
        ChromiumDriver chromium = (ChromiumDriver) driver;
        try {
            Files.createDirectories(ScreenshotOnFailure.DIRECTORY);
            for (var size : new Object[][] {{"desktop", 1280, 900, 1, false}, {"phone", 390, 844, 2, true}}) {
                chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size[1],
                        "height", size[2], "deviceScaleFactor", size[3], "mobile", size[4]));
                Files.write(ScreenshotOnFailure.DIRECTORY.resolve(name + "-" + size[0] + ".png"),
                        chromium.getScreenshotAs(OutputType.BYTES));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Calls the API from inside the page, with the browser's session, and answers the HTTP status. */
    long statusFromBrowser(String path) {
        Object status = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin', headers: { Accept: 'application/json' } })
                    .then(r => done(r.status)).catch(() => done(-1));""", path);
        return ((Number) status).longValue();
    }
}
