package com.branchmate.bot.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

/**
 * When a browser test fails, keeps what the browser showed: target/screenshots/&lt;Class&gt;.&lt;test&gt;.png and the
 * page's HTML beside it. Runs before @AfterEach, while the browser is still open.
 */
final class ScreenshotOnFailure implements AfterTestExecutionCallback {

    static final Path DIRECTORY = Path.of("target", "screenshots");

    private final Supplier<WebDriver> driver;

    ScreenshotOnFailure(Supplier<WebDriver> driver) {
        this.driver = driver;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        WebDriver browser = driver.get();
        if (context.getExecutionException().isEmpty() || !(browser instanceof TakesScreenshot camera)) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Files.createDirectories(DIRECTORY);
        try {
            Files.write(DIRECTORY.resolve(name + ".png"), camera.getScreenshotAs(OutputType.BYTES));
            Files.writeString(DIRECTORY.resolve(name + ".html"),
                    "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource(), StandardCharsets.UTF_8);
        } catch (WebDriverException e) {
            // The browser itself is what failed: there is nothing to keep.
        }
    }
}
