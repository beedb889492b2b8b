package io.github.lorewiki.engine;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds the sample wiki of site-content/ and checks what a reader would notice: every link works, output is stable. */
class SampleWikiTest {
    private static final Path SAMPLE = Path.of(System.getProperty("lore.sampleWiki", "../site-content/src/wiki"));

    @TempDir
    static Path tmp;
    static BuildResult first;
    static Path site;

    @BeforeAll
    static void buildOnce() {
        site = tmp.resolve("first");
        first = new LoreEngine().build(new BuildRequest(SAMPLE, site, null, SAMPLE.getParent().getParent(), "How Organizations Learn", "", false, 2));
    }

    @Test
    void sampleWikiBuildsWithoutAnyDiagnostic() {
        assertThat(first.written()).isTrue();
        assertThat(first.diagnostics()).isEmpty();
        assertThat(first.articles()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void everyInternalLinkAndAnchorResolvesToAFileAndAnId() throws IOException {
        Map<Path, Set<String>> idsByPage = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path page : htmlPages(site)) {
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            for (Element el : doc.select("a[href], link[href], script[src], img[src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (url.matches("^[a-z]+:.*") || url.startsWith("//")) continue;
                assertThat(url).as("internal URLs are relative (%s in %s)", url, page).doesNotStartWith("/");
                int hash = url.indexOf('#');
                String path = hash < 0 ? url : url.substring(0, hash);
                String anchor = hash < 0 ? "" : URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
                Path target = path.isEmpty() ? page : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                checked++;
                if (!Files.isRegularFile(target)) {
                    problems.add(site.relativize(page) + ": " + url + " (no file)");
                } else if (!anchor.isEmpty() && !idsByPage.computeIfAbsent(target, SampleWikiTest::ids).contains(anchor)) {
                    problems.add(site.relativize(page) + ": " + url + " (no id '" + anchor + "')");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void noPageHasABrokenLinkMarker() throws IOException {
        for (Path page : htmlPages(site)) {
            assertThat(Files.readString(page)).as(page.toString()).doesNotContain("broken-link\"");
        }
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        Path second = tmp.resolve("second");
        BuildResult again = new LoreEngine().build(new BuildRequest(SAMPLE, second, null, SAMPLE.getParent().getParent(), "How Organizations Learn", "", false, 1));
        assertThat(again.written()).isTrue();
        Map<String, byte[]> a = contents(site);
        Map<String, byte[]> b = contents(second);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        for (String name : a.keySet()) {
            assertThat(Arrays.equals(a.get(name), b.get(name))).as("%s is byte-identical", name).isTrue();
        }
    }

    @Test
    void conceptArticlesLinkEachOtherAndShowBacklinks() throws IOException {
        Document ol = Jsoup.parse(site.resolve("concepts/organizational-learning.html").toFile());
        assertThat(ol.select("main h1").text()).isEqualTo("Organizational learning");
        assertThat(ol.select(".article-body a.wikilink[href=learning-organization.html]")).isNotEmpty();
        assertThat(ol.select(".backlinks a").eachText()).contains("Learning organization");
        assertThat(ol.select(".breadcrumb a").eachText()).containsExactly("Home", "Concepts");
        assertThat(ol.select(".toc a")).isNotEmpty();
    }

    @Test
    void theGlossaryDefinesTheFourConstructsInTheirArticlesAndArticlesLinkTermsWithTooltips() throws IOException {
        Document glossary = Jsoup.parse(site.resolve("glossary.html").toFile());
        assertThat(glossary.select(".glossary-entry[id^=term-]")).hasSizeGreaterThanOrEqualTo(25);
        for (String construct : List.of("knowledge-acquisition", "information-distribution", "information-interpretation", "organizational-memory")) {
            Element entry = glossary.getElementById("term-" + construct);
            assertThat(entry).as(construct).isNotNull();
            assertThat(entry.select(".defined-in a").attr("href")).isEqualTo("constructs/" + construct + ".html");
            assertThat(entry.select(".used-in a")).as(construct + " is used").isNotEmpty();
        }
        assertThat(glossary.select(".see-also a")).isNotEmpty();
        assertThat(glossary.select(".aliases")).isNotEmpty();
        Document page = Jsoup.parse(site.resolve("constructs/knowledge-acquisition.html").toFile());
        Element term = page.selectFirst(".article-body a.term");
        assertThat(term).isNotNull();
        assertThat(term.attr("aria-description")).isNotBlank();
        assertThat(Files.readString(site.resolve("glossary.json"))).contains("\"term\":\"Organizational memory\"");
    }

    private static Set<String> ids(Path page) {
        try {
            return Jsoup.parse(page.toFile()).select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> htmlPages(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
