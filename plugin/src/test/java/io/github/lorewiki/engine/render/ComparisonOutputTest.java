package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.Fixture;
import io.github.lorewiki.engine.LoreEngine;
import io.github.lorewiki.engine.MiniJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other tools and other pages get from a comparison: comparisons.json as data, and the table an
 * article embeds, which must be the table of the comparison's own page. Builds the golden wikis.
 */
class ComparisonOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;

    private Path build(String goldenCase) {
        Path c = GOLDEN.resolve(goldenCase);
        Path out = tmp.resolve(goldenCase);
        BuildResult r = new LoreEngine().build(new BuildRequest(c.resolve("src"), out, null, c, "Golden", "", false, 1));
        assertThat(r.written()).as("%s builds: %s", goldenCase, r.diagnostics()).isTrue();
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object json, Object... path) {
        Object v = json;
        for (Object p : path) v = p instanceof Integer n ? ((List<Object>) v).get(n) : ((Map<String, Object>) v).get((String) p);
        return (T) v;
    }

    // ---------------------------------------------------------------- comparisons.json

    @Test
    void comparisonsJsonHoldsSubjectsWithUrlsRowsAndValuesAsTextAndHtml() {
        Path out = build("comparison-two-way");
        Object json = MiniJson.parse(Fixture.read(out.resolve("comparisons.json")));
        List<Object> all = at(json, "comparisons");
        assertThat(all).hasSize(1);
        Object c = all.get(0);
        assertThat((String) at(c, "title")).isEqualTo("Apple vs pear");
        assertThat((String) at(c, "url")).isEqualTo("comparisons/apple-vs-pear.html");
        assertThat((String) at(c, "source")).isEqualTo("comparisons/apple-vs-pear.yml");
        assertThat((String) at(c, "layout")).isEqualTo("columns");
        assertThat((List<Object>) at(c, "tags")).containsExactly("fruit");
        assertThat((String) at(c, "summary", "text")).isEqualTo("An apple stays crisp; a pear turns soft & sweet.");
        assertThat((String) at(c, "summary", "html")).isEqualTo("An <a href=\"fruit/apple.html\" class=\"wikilink\">apple</a> stays "
                + "<em>crisp</em>; a <a href=\"fruit/pear.html\" class=\"wikilink\">pear</a> turns soft &amp; sweet.");

        assertThat((List<Object>) at(c, "subjects")).containsExactly(
                Map.of("title", "Apple", "url", "fruit/apple.html"), Map.of("title", "Pear", "url", "fruit/pear.html"));

        List<Object> sections = at(c, "sections");
        assertThat(sections).extracting(s -> (String) at(s, "heading")).containsExactly("", "Eating", "Keeping");
        assertThat(sections).extracting(s -> ((List<Object>) at(s, "rows")).stream().map(r -> (String) at(r, "label")).toList())
                .containsExactly(List.of("Colour", "Season"), List.of("Texture", "Served with", "Cooked"), List.of("Storage"));

        Object colour = at(sections, 0, "rows", 0);
        assertThat((Boolean) at(colour, "fromFacts")).isTrue();
        assertThat((List<Object>) at(colour, "values")).containsExactly(
                Map.of("text", "red, yellow or green", "html", "red, yellow or green"),
                Map.of("text", "green, yellow or russet", "html", "green, yellow or <em>russet</em>"));
        assertThat((Map<String, Object>) at(colour, "note")).isEqualTo(Map.of("text", "", "html", ""));

        Object texture = at(sections, 1, "rows", 0);
        assertThat((Boolean) at(texture, "fromFacts")).isFalse();
        assertThat((Map<String, Object>) at(texture, "note")).isEqualTo(Map.of("text", "When ripe.", "html", "When ripe."));

        Object servedWith = at(sections, 1, "rows", 1);
        assertThat((String) at(servedWith, "values", 0, "text")).isEqualTo("Cheese");
        assertThat((String) at(servedWith, "values", 0, "html")).isEqualTo("<a href=\"fruit/cheese.html\" class=\"wikilink\">Cheese</a>");
        assertThat((String) at(servedWith, "values", 1, "text")).isEqualTo("blue cheese");
        assertThat((String) at(servedWith, "values", 1, "html")).contains("broken-link").doesNotContain("href");

        assertThat((List<Object>) at(sections, 1, "rows", 2, "values")).extracting(v -> (String) at(v, "text"))
                .containsExactly("pies and sauce", "—");
        assertThat((List<Object>) at(sections, 2, "rows", 0, "values")).extracting(v -> (String) at(v, "text"))
                .containsExactly("months in a cool cellar", "n/a");

        assertThat((List<Object>) at(c, "sources")).extracting(v -> (String) at(v, "html"))
                .containsExactly("Pomona Britannica, 1812.", "<a href=\"fruit/cheese.html\" class=\"wikilink\">Cheese</a> for pairing.");
    }

    @Test
    void everyUrlInComparisonsJsonIsAFileOfTheSite() {
        for (String goldenCase : List.of("comparison-two-way", "comparison-three-way", "comparison-embed", "comparison-transposed")) {
            Path out = build(goldenCase);
            String text = Fixture.read(out.resolve("comparisons.json"));
            Object json = MiniJson.parse(text);
            for (Object c : (List<Object>) at(json, "comparisons")) {
                assertThat(out.resolve((String) at(c, "url"))).isRegularFile();
                for (Object s : (List<Object>) at(c, "subjects")) assertThat(out.resolve((String) at(s, "url"))).isRegularFile();
            }
            for (Element a : Jsoup.parse(htmlOf(json)).select("a[href]")) {
                assertThat(out.resolve(a.attr("href"))).as("%s: %s", goldenCase, a).isRegularFile();
            }
            assertThat(text).as("'<' is escaped, so the file can be inlined in a script").doesNotContain("<");
        }
    }

    /** Every "html" value in the document, concatenated. */
    private static String htmlOf(Object json) {
        StringBuilder sb = new StringBuilder();
        if (json instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if (k.equals("html")) sb.append(v);
                else sb.append(htmlOf(v));
            });
        } else if (json instanceof List<?> l) {
            l.forEach(v -> sb.append(htmlOf(v)));
        }
        return sb.toString();
    }

    @Test
    void theTransposedLayoutIsNamedInTheJson() {
        Object json = MiniJson.parse(Fixture.read(build("comparison-transposed").resolve("comparisons.json")));
        assertThat((String) at(json, "comparisons", 0, "layout")).isEqualTo("transposed");
    }

    // ---------------------------------------------------------------- the embedded table

    @Test
    void theEmbeddedTableIsTheTableOfTheComparisonPageButForRelativeUrls() {
        Path out = build("comparison-embed");
        String pageUrl = "comparisons/process-vs-structure.html";
        String articleUrl = "explained/in-depth/process-and-structure-explained.html";
        Element onPage = figure(out, pageUrl, "main figure.comparison");
        Element embedded = figure(out, articleUrl, ".article-body figure.comparison.embedded");

        assertThat(embedded.selectFirst("figcaption a").attr("href")).isEqualTo("../../comparisons/process-vs-structure.html");
        assertThat(onPage.select("figcaption")).as("the page has its title as h1 instead").isEmpty();
        embedded.select("figcaption").remove();
        embedded.removeClass("embedded");

        // the two really differ before the URLs are made absolute, since the pages sit at different depths
        assertThat(normalized(embedded)).isNotEqualTo(normalized(onPage));
        assertThat(normalized(absolute(embedded, articleUrl))).isEqualTo(normalized(absolute(onPage, pageUrl)));
    }

    /** The figure of a comparison on a page. */
    static Element figure(Path site, String url, String selector) {
        Element f = Jsoup.parse(Fixture.read(site.resolve(url))).selectFirst(selector);
        assertThat(f).as("%s has %s", url, selector).isNotNull();
        return f;
    }

    /** Rewrites each relative href as a path from the site root, as resolved from the page it is on. */
    static Element absolute(Element e, String pageUrl) {
        Element copy = e.clone();
        URI base = URI.create("https://site.invalid/" + pageUrl);
        for (Element a : copy.select("[href]")) {
            if (!a.attr("href").startsWith("#")) a.attr("href", base.resolve(a.attr("href")).getPath());
        }
        return copy;
    }

    /** The markup without the layout whitespace between tags. */
    static String normalized(Element e) {
        return e.outerHtml().replaceAll(">\\s+<", "><").strip();
    }

    @Test
    void theIndexAndTheJsonListTheSameComparisons() throws Exception {
        Path out = build("comparison-three-way");
        Object json = MiniJson.parse(Files.readString(out.resolve("comparisons.json")));
        List<String> fromJson = ((List<Object>) at(json, "comparisons")).stream().map(c -> (String) at(c, "url")).sorted().toList();
        List<String> fromIndex = Jsoup.parse(Fixture.read(out.resolve("comparisons/index.html"))).select("main .article-list a").stream()
                .map(a -> URI.create("https://site.invalid/comparisons/index.html").resolve(a.attr("href")).getPath().substring(1))
                .sorted().toList();
        assertThat(fromIndex).isEqualTo(fromJson).hasSize(2);
    }
}
