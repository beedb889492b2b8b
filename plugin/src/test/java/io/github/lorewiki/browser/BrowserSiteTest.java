package io.github.lorewiki.browser;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.LoreEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample wiki in a real browser (headless Chromium), opened from disk ({@code file://}) and from an
 * HTTP server on loopback that serves it under a sub-path ({@code /wiki/}). Skipped, saying how to install
 * them, when Chromium or chromedriver is missing. Screenshots go to {@code target/screenshots/}.
 */
@EnabledIf(value = "io.github.lorewiki.browser.Browser#installed", disabledReason = Browser.INSTALL_HINT)
class BrowserSiteTest {
    private static final Path SAMPLE = Path.of(System.getProperty("lore.sampleWiki", "../site-content/src/wiki"));
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path tmp;
    static Path site;
    static SiteServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void buildServeAndStartBrowser() throws IOException {
        site = tmp.resolve("site").toAbsolutePath();
        BuildResult built = new LoreEngine().build(new BuildRequest(SAMPLE, site, null, SAMPLE.getParent().getParent(),
                "How Organizations Learn", "", false, 2));
        assertThat(built.written()).as("the sample wiki builds: %s", built.diagnostics()).isTrue();
        server = new SiteServer(site, "/wiki/");
        driver = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    /** A page of the site, from disk or over HTTP. */
    private static String url(String how, String page) {
        return how.equals("file") ? site.resolve(page).toUri().toString() : server.root() + page;
    }

    private static void open(String how, String page) {
        driver.get(url(how, page));
        Browser.consoleErrors(driver); // what earlier pages logged is checked where they are visited
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static WebElement searchBox() {
        return driver.findElement(By.id("site-search-input"));
    }

    private static List<WebElement> results() {
        return driver.findElements(By.cssSelector("#site-search-results [role=option]"));
    }

    private static String firstResultTitle() {
        return waiting().until(d -> {
            List<WebElement> r = results();
            return r.isEmpty() ? null : r.get(0).findElement(By.className("search-result-title")).getText();
        });
    }

    private static void awaitAllText() {
        waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("form.site-search"), "data-search", "complete"));
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"file", "http"})
    void glossaryTooltipShowsOnKeyboardFocusAndIsReadBySreenReaders(String how) {
        open(how, "concepts/learning-organization.html");
        WebElement term = driver.findElement(By.cssSelector(".article-body a.term"));
        String definition = term.getAttribute("aria-description");
        assertThat(definition).isNotBlank();
        // hidden until focused
        assertThat(afterContent(term)).isIn("none", "normal");
        // reach the link with the keyboard: focus what comes before it, then Tab once
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const links = [...document.querySelectorAll('a[href]')];"
                        + "links[links.indexOf(arguments[0]) - 1].focus();", term);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement()).isEqualTo(term);
        assertThat(afterContent(term)).contains(definition);
        // screen readers: the browser gives the link the definition as its description, and the tooltip drawn
        // on focus does not leak into its name
        Map<String, String> link = accessibleLink(term.getText());
        assertThat(link).as("the link in the accessibility tree").isNotNull();
        assertThat(link.get("description")).isEqualTo(definition);
        assertThat(link.get("name")).isEqualTo(term.getText());
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    /** The name and description Chromium gives assistive technology for the first link named {@code text}, or null. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> accessibleLink(String text) {
        Map<String, Object> tree = driver.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            String name = axValue(node.get("name"));
            if (axValue(node.get("role")).equals("link") && name.equals(text)) {
                return Map.of("name", name, "description", axValue(node.get("description")));
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static String axValue(Object property) {
        return property instanceof Map<?, ?> m && m.get("value") != null ? String.valueOf(((Map<String, Object>) m).get("value")) : "";
    }

    private static String afterContent(WebElement element) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0], '::after').content;", element));
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"file", "http"})
    void searchingATitleWordShowsThatPageFirstAndEnterOpensIt(String how) {
        open(how, "practices/index.html"); // a page one folder down: the index is found from the site root
        WebElement box = searchBox();
        box.click();
        box.sendKeys("argyris");
        assertThat(firstResultTitle()).isEqualTo("Chris Argyris");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(driver.findElement(By.cssSelector("#site-search-results [role=option] mark")).getText()).isEqualToIgnoringCase("argyris");
        box.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlToBe(url(how, "people/chris-argyris.html")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Chris Argyris");
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"file", "http"})
    void bodyTextMatchesShowTheirHeadingAndSnippetAndArrowKeysChooseOne(String how) {
        open(how, "index.html");
        WebElement box = searchBox();
        new org.openqa.selenium.interactions.Actions(driver).sendKeys("/").perform(); // focuses the box
        assertThat(driver.switchTo().activeElement()).isEqualTo(box);
        awaitAllText();
        box.sendKeys("forrester"); // only in the body of one section of Peter Senge's article
        assertThat(firstResultTitle()).isEqualTo("Peter Senge");
        WebElement first = results().get(0);
        assertThat(first.findElement(By.className("search-result-heading")).getText()).isNotBlank();
        assertThat(first.findElement(By.className("search-result-snippet")).findElement(By.tagName("mark")).getText())
                .isEqualTo("Forrester");
        String href = first.findElement(By.tagName("a")).getAttribute("href");
        assertThat(href).startsWith(url(how, "people/peter-senge.html") + "#");
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
        box.sendKeys(Keys.ESCAPE);
        assertThat(driver.findElement(By.id("site-search-results")).isDisplayed()).isFalse();
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waiting().until(ExpectedConditions.urlToBe(href));
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"file", "http"})
    void followingAWikilinkAndABacklinkLeadsThereAndBack(String how) {
        open(how, "concepts/organizational-learning.html");
        driver.findElement(By.cssSelector("main a.wikilink[href='learning-organization.html']")).click();
        waiting().until(ExpectedConditions.urlToBe(url(how, "concepts/learning-organization.html")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Learning organization");
        driver.findElement(By.cssSelector(".backlinks a[href='organizational-learning.html']")).click();
        waiting().until(ExpectedConditions.urlToBe(url(how, "concepts/organizational-learning.html")));
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"file", "http"})
    void aComparisonPageShowsItsTable(String how) {
        open(how, "comparisons/organizational-learning-vs-learning-organization.html");
        WebElement table = driver.findElement(By.cssSelector("table.comparison-table"));
        assertThat(table.isDisplayed()).isTrue();
        assertThat(table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText))
                .contains("Organizational learning", "Learning organization");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(Browser.consoleErrors(driver)).isEmpty();
    }

    @Test
    void withoutJavaScriptTheSearchBoxLeadsToTheAtoZIndex() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open("http", "concepts/organizational-learning.html");
            WebElement box = searchBox();
            box.sendKeys("memory", Keys.ENTER);
            waiting().until(ExpectedConditions.urlToBe(url("http", "a-z.html") + "?q=memory"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("All articles");
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"file", "http"})
    void noPageLogsAConsoleError(String how) throws IOException {
        open(how, "index.html");
        driver.executeScript("console.error('probe')");
        assertThat(Browser.consoleErrors(driver)).as("the browser's console is read").anyMatch(e -> e.contains("probe"));
        List<String> problems = new ArrayList<>();
        List<String> pages = htmlPages();
        assertThat(pages).hasSizeGreaterThan(40);
        for (String page : pages) {
            open(how, page);
            if (page.equals("index.html") || page.startsWith("comparisons/")) { // the search's scripts load without error too
                searchBox().click();
                waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("form.site-search"), "data-search", "complete"));
            }
            for (String error : Browser.consoleErrors(driver)) problems.add(page + ": " + error);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void screenshotsInLightAndDarkMode() throws IOException {
        for (String scheme : List.of("light", "dark")) {
            Browser.colorScheme(driver, scheme);
            try {
                shoot("index.html", "home-" + scheme);
                shoot("concepts/organizational-learning.html", "article-" + scheme);
                shoot("comparisons/organizational-learning-vs-learning-organization.html", "comparison-" + scheme);
                open("http", "concepts/organizational-learning.html");
                WebElement box = searchBox();
                box.click();
                awaitAllText();
                box.sendKeys("learning");
                firstResultTitle();
                box.sendKeys(Keys.ARROW_DOWN);
                Browser.windowScreenshot(driver, SCREENSHOTS.resolve("search-" + scheme + ".png"));
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(420, 860)); // a phone
                try {
                    Browser.windowScreenshot(driver, SCREENSHOTS.resolve("search-narrow-" + scheme + ".png"));
                } finally {
                    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
                }
            } finally {
                Browser.colorScheme(driver, "light");
            }
        }
        try (Stream<Path> shots = Files.list(SCREENSHOTS)) {
            assertThat(shots.filter(p -> p.toString().endsWith(".png"))).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    private static void shoot(String page, String name) throws IOException {
        open("http", page);
        Browser.screenshot(driver, SCREENSHOTS.resolve(name + ".png"));
    }

    private static List<String> htmlPages() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
