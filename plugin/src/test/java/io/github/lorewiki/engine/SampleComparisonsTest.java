package io.github.lorewiki.engine;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample wiki shows the table its source article lost, regenerated from the facts in the two concept
 * articles: on the comparison's own page, embedded in the comparison article, and linked from both
 * subject articles.
 */
class SampleComparisonsTest {
    private static final Path SAMPLE = Path.of(System.getProperty("lore.sampleWiki", "../site-content/src/wiki"));
    private static final String COMPARISON = "comparisons/organizational-learning-vs-learning-organization.html";
    private static final String ARTICLE = "comparisons-explained/organizational-learning-vs-learning-organization.html";
    private static final String OL = "concepts/organizational-learning.html";
    private static final String LO = "concepts/learning-organization.html";
    private static final List<String> LABELS = List.of("Basis", "Nature", "Approach", "Focus", "Culture", "The learner");
    /** Label → [organizational learning, learning organization], as the articles' {@code facts:} say. */
    private static final Map<String, List<String>> FACTS = Map.of(
            "Basis", List.of("experience and knowledge gathered in day-to-day activities",
                    "developing the competencies and capabilities of employees"),
            "Nature", List.of("a process", "a structure"),
            "Approach", List.of("reactive, learning by detecting and correcting errors", "proactive, building capacity before it is needed"),
            "Focus", List.of("outcomes and achievements", "processes and purposes"),
            "Culture", List.of("setting objectives and achieving them", "performance-based"),
            "The learner", List.of("not evaluated; behavior patterns stay unchanged", "capabilities evaluated and developed"));

    @TempDir
    static Path tmp;
    static BuildResult result;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        result = new LoreEngine().build(new BuildRequest(SAMPLE, site, null, SAMPLE.getParent().getParent(), "How Organizations Learn", "", false, 2));
    }

    private static Document page(String url) {
        return Jsoup.parse(Fixture.read(site.resolve(url)));
    }

    @Test
    void theSampleBuilds() {
        assertThat(result.written()).isTrue();
        assertThat(result.diagnostics()).isEmpty();
    }

    @Test
    void theComparisonPageHasTheSixRowsWithTheFactsOfBothArticles() {
        Document doc = page(COMPARISON);
        assertThat(doc.select("main h1").text()).isEqualTo("Organizational learning vs Learning organization");
        Element table = doc.selectFirst("main figure.comparison table.comparison-table");
        assertThat(table).isNotNull();
        assertThat(table.select("thead th a").eachText()).containsExactly("Organizational learning", "Learning organization");
        assertThat(table.select("thead th a").eachAttr("href")).containsExactly("../" + OL, "../" + LO);
        List<Element> rows = table.select("tbody tr");
        assertThat(rows).extracting(r -> r.selectFirst("th").text()).containsExactlyElementsOf(LABELS);
        for (Element row : rows) {
            String label = row.selectFirst("th").text();
            assertThat(row.select("td").eachText()).as(label).containsExactlyElementsOf(FACTS.get(label));
        }
        assertThat(doc.select("main .comparison-summary").text()).startsWith("Key difference: Organizational learning is a process");
        assertThat(doc.select("main .comparison-sources li")).hasSize(2);
    }

    @Test
    void theFactsStayInTheArticlesFrontMatterNotInTheDefinition() {
        String definition = Fixture.read(SAMPLE.resolve("comparisons/organizational-learning-vs-learning-organization.yml"));
        for (List<String> values : FACTS.values()) {
            for (String v : values) assertThat(definition).doesNotContain(v);
        }
        assertThat(Fixture.read(SAMPLE.resolve("concepts/organizational-learning.md"))).contains("facts:", "Nature: a process");
        assertThat(Fixture.read(SAMPLE.resolve("concepts/learning-organization.md"))).contains("facts:", "Nature: a structure");
        Object json = MiniJson.parse(Fixture.read(site.resolve("comparisons.json")));
        @SuppressWarnings("unchecked")
        Map<String, Object> c = ((List<Map<String, Object>>) ((Map<String, Object>) json).get("comparisons")).stream()
                .filter(m -> m.get("url").equals(COMPARISON)).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = ((List<Map<String, Object>>) c.get("sections")).stream()
                .flatMap(s -> ((List<Map<String, Object>>) s.get("rows")).stream()).toList();
        assertThat(rows).extracting(r -> r.get("label")).containsExactlyElementsOf(LABELS);
        assertThat(rows).extracting(r -> r.get("fromFacts")).containsOnly(true);
    }

    @Test
    void theComparisonArticleEmbedsTheSameTable() {
        Element onPage = page(COMPARISON).selectFirst("main figure.comparison");
        Element embedded = page(ARTICLE).selectFirst(".article-body figure.comparison.embedded");
        assertThat(embedded).as("the article embeds the table").isNotNull();
        assertThat(embedded.selectFirst("figcaption a").attr("href")).isEqualTo("../" + COMPARISON);
        assertThat(embedded.select("tbody th").eachText()).containsExactlyElementsOf(LABELS);

        embedded.select("figcaption").remove();
        embedded.removeClass("embedded");
        assertThat(normalized(absolute(embedded, ARTICLE))).isEqualTo(normalized(absolute(onPage, COMPARISON)));
    }

    @Test
    void theEmbedSitsUnderTheSideBySideHeading() {
        Element embedded = page(ARTICLE).selectFirst(".article-body figure.comparison.embedded");
        Element before = embedded.previousElementSibling();
        assertThat(before.tagName()).isEqualTo("h2");
        assertThat(before.ownText()).isEqualTo("Side-by-side");
    }

    @Test
    void bothConceptArticlesListTheComparisonUnderComparedWith() {
        assertComparedWith(OL, "Learning organization");
        assertComparedWith(LO, "Organizational learning");
    }

    private static void assertComparedWith(String articleUrl, String other) {
        Document doc = page(articleUrl);
        assertThat(doc.select(".compared-with h2").text()).isEqualTo("Compared with");
        Element item = doc.select(".compared-with li").stream()
                .filter(li -> li.select("a[href=../" + COMPARISON + "]").size() == 1).findFirst().orElse(null);
        assertThat(item).as("%s lists the comparison", articleUrl).isNotNull();
        assertThat(item.selectFirst("a[href=../" + COMPARISON + "]").text()).isEqualTo("Organizational learning vs Learning organization");
        assertThat(item.select("a").first().text()).isEqualTo(other);
        String target = URI.create("https://site.invalid/" + articleUrl).resolve(item.select("a").first().attr("href")).getPath();
        assertThat(target).isEqualTo("/" + (articleUrl.equals(OL) ? LO : OL));
    }

    @Test
    void theComparisonIsInTheIndexAndTheHomePageLinksToTheIndex() {
        assertThat(page("comparisons/index.html").select("main a").eachAttr("href"))
                .contains("organizational-learning-vs-learning-organization.html");
        assertThat(page("index.html").select("main a").eachAttr("href")).contains("comparisons/index.html");
    }

    private static Element absolute(Element e, String pageUrl) {
        Element copy = e.clone();
        URI base = URI.create("https://site.invalid/" + pageUrl);
        for (Element a : copy.select("[href]")) {
            if (!a.attr("href").startsWith("#")) a.attr("href", base.resolve(a.attr("href")).getPath());
        }
        return copy;
    }

    private static String normalized(Element e) {
        return e.outerHtml().replaceAll(">\\s+<", "><").strip();
    }
}
