package io.github.lorewiki.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Headless Chromium through Debian's chromedriver, for the real-browser tests. The paths are explicit:
 * without them Selenium Manager tries to download a driver, which fails offline. Override them with
 * {@code -Dlore.chromium=...} and {@code -Dlore.chromedriver=...}.
 */
final class Browser {
    static final String INSTALL_HINT = "Chromium or its driver is missing: install them with "
            + "`apt-get install chromium chromium-driver` (.ci/run does) to run the real-browser tests";
    private static final Path CHROMIUM = Path.of(System.getProperty("lore.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("lore.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Whether Chromium and chromedriver are installed (for {@code @EnabledIf}). */
    static boolean installed() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && !toldOnce) {
            toldOnce = true;
            System.err.println("[real-browser tests skipped] " + INSTALL_HINT + " (looked for " + CHROMIUM + " and " + DRIVER + ")");
        }
        return installed;
    }

    private static boolean toldOnce;

    /** Skips the calling test when Chromium or chromedriver is not installed. */
    static void assumeInstalled() {
        Assumptions.assumeTrue(installed(), INSTALL_HINT);
    }

    static ChromeDriver start() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(service, options);
    }

    /** The browser console's errors since the last call (reading the log empties it). */
    static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Light or dark, as the operating system would ask through {@code prefers-color-scheme}. */
    static void colorScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** A PNG of what the window shows. */
    static void windowScreenshot(ChromeDriver driver, Path file) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** A PNG of the whole page (up to 4,000 pixels tall), not only the window. */
    static void screenshot(ChromeDriver driver, Path file) throws java.io.IOException {
        Number height = (Number) driver.executeScript("return Math.min(4000, document.documentElement.scrollHeight)");
        Number width = (Number) driver.executeScript("return document.documentElement.clientWidth");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }
}
