package io.github.lorewiki.browser;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.LoreEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search on a large wiki, measured in headless Chromium: not a test of the normal build (its name does
 * not end in Test), run on demand against a generated corpus:
 * <pre>
 * java bench/src/CorpusGenerator.java --articles 10000 --seed 42 --lore /tmp/c10k/lore --hugo /tmp/c10k/hugo
 * mvn -pl plugin test -Dtest=SearchBench -Dlore.searchBench.source=/tmp/c10k/lore -Dlore.searchBench.queries=horizon,synmizu
 * </pre>
 * Prints the size of the search files, the time from typing in a fresh page to the first result (lazy load
 * included), the time until the body text is indexed, the time to a result once loaded, and the page's
 * JavaScript heap; and writes them to {@code target/search-bench.txt}.
 */
class SearchBench {
    private static final String SOURCE = System.getProperty("lore.searchBench.source");
    private static final List<String> QUERIES = List.of(System.getProperty("lore.searchBench.queries", "learning,memory").split(","));
    private static final int RUNS = Integer.getInteger("lore.searchBench.runs", 3);

    /** Types the query into the box and calls back with the milliseconds until the first result is in the page and painted. */
    private static final String TIME_TO_FIRST_RESULT = """
            var query = arguments[0], done = arguments[arguments.length - 1];
            var input = document.getElementById('site-search-input');
            var list = document.getElementById('site-search-results');
            var t0 = performance.now();
            var observer = new MutationObserver(function () {
              if (!list.querySelector('[role=option]')) return;
              observer.disconnect();
              requestAnimationFrame(function () { done(performance.now() - t0); });
            });
            observer.observe(list, { childList: true, subtree: true });
            input.focus();
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            """;

    @TempDir
    Path tmp;

    @Test
    void timeToFirstResult() throws IOException {
        Assumptions.assumeTrue(SOURCE != null, "set -Dlore.searchBench.source to a wiki's source folder");
        Browser.assumeInstalled();
        Path source = Path.of(SOURCE).toAbsolutePath();
        Path site = tmp.resolve("site");
        long t0 = System.nanoTime();
        BuildResult built = new LoreEngine().build(new BuildRequest(source, site, null, source.getParent(), "Bench", "", false, 2));
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(built.written()).isTrue();

        List<String> report = new ArrayList<>();
        report.add("articles: " + built.articles() + ", pages written: " + built.pages() + ", build: " + buildMs + " ms");
        report.add("search/index.js: " + Files.size(site.resolve("search/index.js")) + " bytes");
        report.add("search/text.js: " + Files.size(site.resolve("search/text.js")) + " bytes");
        report.add("theme/vendor/lunr/lunr.min.js: " + Files.size(site.resolve("theme/vendor/lunr/lunr.min.js")) + " bytes");

        String page;
        try (var files = Files.walk(site)) {
            page = files.filter(p -> p.toString().endsWith(".html") && site.relativize(p).getNameCount() == 3).sorted()
                    .findFirst().orElse(site.resolve("index.html")).toUri().toString();
        }
        ChromeDriver driver = Browser.start();
        try {
            for (int run = 1; run <= RUNS; run++) {
                driver.get(page); // a fresh page: nothing loaded yet
                String first = QUERIES.get(0);
                Number cold = (Number) driver.executeAsyncScript(TIME_TO_FIRST_RESULT, first);
                long wait0 = System.nanoTime();
                new WebDriverWait(driver, Duration.ofMinutes(5)).until(
                        ExpectedConditions.attributeToBe(By.cssSelector("form.site-search"), "data-search", "complete"));
                long bodyMs = Math.round(cold.doubleValue()) + (System.nanoTime() - wait0) / 1_000_000;
                StringBuilder warm = new StringBuilder();
                for (String q : QUERIES) {
                    driver.executeScript("var i = document.getElementById('site-search-input'); i.value = '';"
                            + "i.dispatchEvent(new Event('input', { bubbles: true }));");
                    Number ms = (Number) driver.executeAsyncScript(TIME_TO_FIRST_RESULT, q);
                    warm.append(' ').append(q).append('=').append(Math.round(ms.doubleValue())).append(" ms");
                }
                Number heap = (Number) driver.executeScript("return performance.memory ? performance.memory.usedJSHeapSize : -1");
                report.add(String.format("run %d: typing '%s' on a fresh page to first result %d ms; body text indexed after ~%d ms;"
                                + " once loaded:%s; JS heap %d MB", run, first, Math.round(cold.doubleValue()), bodyMs, warm,
                        heap.longValue() / (1024 * 1024)));
                assertThat(Browser.consoleErrors(driver)).isEmpty();
            }
        } finally {
            driver.quit();
        }
        report.forEach(System.out::println);
        Files.write(Path.of("target/search-bench.txt"), report);
    }
}
