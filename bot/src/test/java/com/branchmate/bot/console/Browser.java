package com.branchmate.bot.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import com.branchmate.bot.support.Services;

/**
 * Debian's headless Chromium and its chromedriver, both named by path so Selenium Manager never looks for (or
 * downloads) a browser. Without them the browser tests skip, unless -Dbranchmate.require-services=true.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The tests use WebDriver only, not DevTools: Selenium's warning that Debian's Chromium is newer than its CDP is noise. */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    private static final Logger CHROMIUM_DRIVER_LOG = Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver");

    static {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        CHROMIUM_DRIVER_LOG.setLevel(Level.SEVERE);
    }

    private Browser() {
    }

    static void require() {
        Services.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing (apt-get install -y chromium chromium-driver)");
    }

    static ChromeDriver desktop() {
        ChromeOptions options = options();
        options.addArguments("--window-size=1280,900");
        return start(options);
    }

    /** A phone's viewport (CSS pixels), as the managers who open the console on the road have. */
    static ChromeDriver phone(int width, int height) {
        ChromeOptions options = options();
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 2.0)));
        return start(options);
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--user-data-dir=" + freshProfile());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    private static ChromeDriver start(ChromeOptions options) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static String freshProfile() {
        try {
            Path dir = Files.createTempDirectory("branchmate-chromium-");
            dir.toFile().deleteOnExit();
            return dir.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
