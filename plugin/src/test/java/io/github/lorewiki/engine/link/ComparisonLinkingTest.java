package io.github.lorewiki.engine.link;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.Fixture;
import io.github.lorewiki.engine.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Comparisons in the wiki: facts drawn from subjects, links in cells, comparisons as link and embed targets. */
class ComparisonLinkingTest extends ComparisonWiki {
    // ---------------------------------------------------------------- facts

    @Test
    void aLabelAloneTakesEachSubjectsFactMatchedWithoutCase() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear]
                criteria:
                  - COLOUR
                """);
        assertThat(r.diagnostics()).isEmpty();
        Element row = page("comparisons/apple-vs-pear.html").selectFirst("tbody tr");
        assertThat(row.selectFirst("th").text()).isEqualTo("COLOUR");
        assertThat(row.select("td").eachText()).containsExactly("red or green", "green");
    }

    @Test
    void aCellTheMarkdownParserFailsOnIsAnErrorAtTheCellNotACrash() {
        // flexmark 0.64.8 throws on this table (tab-indented lines); the YAML holds \n and \t escapes
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear]
                criteria:
                  Cooked: ["|\\n\\t---  |\\n|\\n\\ta[^1]   \\t|\\n", stewed]
                """);
        assertThat(rule(r, "page.unparsable")).singleElement().satisfies(line ->
                assertThat(line).startsWith(CMP + ":4:12: error: the Markdown parser fails on this text"));
        assertStopped(r);
    }

    @Test
    void aFactMissingForOneSubjectNamesItAndSaysHowToFix() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear]
                criteria:
                  Colour:
                  Season:
                """);
        assertThat(rule(r, "comparison.")).containsExactly(CMP + ":5:3: error: row 'Season' has no value for Pear; add 'facts: {Season: ...}' "
                + "to the front matter of that article, or give the values here as a list [comparison.fact]");
        assertStopped(r);
    }

    @Test
    void aFactMissingForEverySubjectNamesThemAll() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear]
                criteria:
                  - Price
                """);
        assertThat(rule(r, "comparison.")).containsExactly(CMP + ":4:5: error: row 'Price' has no value for Apple, Pear; add 'facts: {Price: ...}' "
                + "to the front matter of those articles, or give the values here as a list [comparison.fact]");
        assertStopped(r);
    }

    @Test
    void aValueGivenHereAndInFactsIsAnError() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear]
                criteria:
                  - label: Season
                    values: [autumn, late autumn]
                  - label: Colour
                    values: [red, green]
                """);
        assertThat(rule(r, "comparison.")).containsExactly(
                CMP + ":4:12: error: row 'Season' gives values here, but Apple also declares it under 'facts'; "
                        + "write each fact once: keep only the label here, or remove it from 'facts' [comparison.fact]",
                CMP + ":6:12: error: row 'Colour' gives values here, but Apple, Pear also declare it under 'facts'; "
                        + "write each fact once: keep only the label here, or remove it from 'facts' [comparison.fact]");
        assertStopped(r);
    }

    @Test
    void factsMayHoldMarkdownAndLinks() {
        BuildResult r = build(FRUIT.replace("Colour: red or green", "Colour: \"*red* or [[Cheese|cheese]]-yellow\"") + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear]
                criteria: [Colour]
                """);
        assertThat(r.diagnostics()).isEmpty();
        Element cell = page("comparisons/apple-vs-pear.html").selectFirst("tbody td");
        assertThat(cell.html()).isEqualTo("<em>red</em> or <a href=\"../fruit/cheese.html\" class=\"wikilink\">cheese</a>-yellow");
    }

    // ---------------------------------------------------------------- cells

    @Test
    void cellsLeftEmptyOnPurposeAreAccepted() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear]
                criteria:
                  Cooked: [pies, —]
                  Dried: [n/a, N/A]
                """);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.written()).isTrue();
        Document doc = page("comparisons/apple-vs-pear.html");
        assertThat(doc.select("tbody td.empty")).hasSize(3).allSatisfy(td -> assertThat(td.text()).isEqualTo("—"));
        assertThat(doc.select("tbody td:not(.empty)").eachText()).containsExactly("pies");
    }

    @Test
    void linksInCellsResolveAndBrokenOnesWarnWithTheirPosition() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear]
                summary: Eat either with [[Chese]].
                criteria:
                  Served with: ["[[Cheese]]", "[[Cheese|a hard cheese]]"]
                  Pairs with: [the other, "[[Appel]]"]
                  Read: ["[a note](../fruit/cheese.md)", "[a missing note](missing.md)"]
                """);
        assertThat(r.diagnostics()).extracting(Diagnostic::format).containsExactly(
                CMP + ":3:26: warning: unresolved link [[Chese]]; did you mean [[Cheese]]? [link.unresolved]",
                CMP + ":6:28: warning: unresolved link [[Appel]]; did you mean [[Apple]]? [link.unresolved]",
                CMP + ":7:43: warning: link 'missing.md' leads to a file that does not exist (comparisons/missing.md); "
                        + "check the path, relative to this file [link.file]");
        assertThat(r.written()).as("warnings do not stop the build").isTrue();
        Document doc = page("comparisons/apple-vs-pear.html");
        List<Element> rows = doc.select("tbody tr");
        assertThat(rows.get(0).select("td a").eachAttr("href")).containsExactly("../fruit/cheese.html", "../fruit/cheese.html");
        assertThat(rows.get(0).select("td a").eachText()).containsExactly("Cheese", "a hard cheese");
        assertThat(rows.get(1).select("td a.broken-link").attr("title")).isEqualTo("No page named “Appel”");
        assertThat(rows.get(2).select("td a").first().attr("href")).isEqualTo("../fruit/cheese.html");
        assertThat(doc.select(".comparison-summary a.broken-link")).hasSize(1);
    }

    // ---------------------------------------------------------------- comparisons as link and embed targets

    private static final String WITH_COMPARISON = FRUIT + """
            -- comparisons/apple-vs-pear.yml --
            title: Apple vs pear
            subjects: [Apple, Pear]
            criteria:
              Shape: [round, bell]
              Colour:
            """;

    @Test
    void aWikilinkToAComparisonTitleLinksToItsPage() {
        BuildResult r = build(WITH_COMPARISON + """
                -- notes/reading.md --
                # Reading
                Read [[Apple vs pear]], or [[apple-vs-pear|the table]].
                """);
        assertThat(linkStage(r)).isEmpty();
        Document doc = page("notes/reading.html");
        assertThat(doc.select(".article-body a.wikilink").eachAttr("href"))
                .containsExactly("../comparisons/apple-vs-pear.html", "../comparisons/apple-vs-pear.html");
        assertThat(doc.select(".article-body a.wikilink").eachText()).containsExactly("Apple vs pear", "the table");
    }

    @Test
    void anEmbedPutsTheComparisonsTableIntoTheArticle() {
        BuildResult r = build(WITH_COMPARISON + """
                -- notes/reading.md --
                # Reading
                The table:

                ![[Apple vs pear]]

                After the table.
                """);
        assertThat(linkStage(r)).isEmpty();
        Document doc = page("notes/reading.html");
        Element figure = doc.selectFirst(".article-body > figure.comparison.embedded");
        assertThat(figure).as("the embed replaces its paragraph").isNotNull();
        assertThat(figure.selectFirst("figcaption a").attr("href")).isEqualTo("../comparisons/apple-vs-pear.html");
        assertThat(figure.select("thead a").eachText()).containsExactly("Apple", "Pear");
        assertThat(figure.select("tbody th").eachText()).containsExactly("Shape", "Colour");
        assertThat(figure.select("tbody td").eachText()).containsExactly("round", "bell", "red or green", "green");
        assertThat(doc.select(".article-body > p").eachText()).containsExactly("The table:", "After the table.");
    }

    @Test
    void embeddingAnArticleWarnsAndLinksToIt() {
        BuildResult r = build(WITH_COMPARISON + """
                -- notes/reading.md --
                # Reading
                See [[Pear]].

                ![[Pear]]
                """);
        assertThat(linkStage(r)).containsExactly("src/notes/reading.md:4:1: warning: nothing to embed for "
                + "![[Pear]]: only comparisons can be embedded; link to it with [[Pear]] instead, or name a comparison's title [link.embed]");
        assertThat(r.written()).isTrue();
        Document doc = page("notes/reading.html");
        assertThat(doc.select(".article-body figure")).isEmpty();
        assertThat(doc.select(".article-body a.wikilink").eachAttr("href")).containsExactly("../fruit/pear.html", "../fruit/pear.html");
    }

    @Test
    void embeddingNothingKnownWarnsOnce() {
        BuildResult r = build(WITH_COMPARISON + """
                -- notes/reading.md --
                # Reading
                See [[Pear]].

                ![[Apple vs peer]]
                """);
        assertThat(linkStage(r)).containsExactly("src/notes/reading.md:4:1: warning: unresolved link "
                + "![[Apple vs peer]]; did you mean [[Apple vs pear]]? [link.unresolved]");
    }

    @Test
    void everySubjectArticleListsTheComparison() {
        BuildResult r = build(WITH_COMPARISON);
        assertThat(r.written()).isTrue();
        Element apple = page("fruit/apple.html").selectFirst(".compared-with li");
        assertThat(apple.select("a").eachText()).containsExactly("Pear", "Apple vs pear");
        assertThat(apple.select("a").eachAttr("href")).containsExactly("pear.html", "../comparisons/apple-vs-pear.html");
        Element pear = page("fruit/pear.html").selectFirst(".compared-with li");
        assertThat(pear.select("a").eachText()).containsExactly("Apple", "Apple vs pear");
        assertThat(page("fruit/cheese.html").select(".compared-with")).isEmpty();
    }

    // ---------------------------------------------------------------- errors together

    @Test
    void allErrorsOfAllDefinitionsAreReportedInOneBuild() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Peer]
                critera:
                  Shape: [round, bell]
                -- comparisons/b.yml --
                title: Second
                subjects: [Apple, Pear]
                criteria:
                  - Price
                """);
        assertThat(rule(r, "comparison.")).containsExactly(
                CMP + ":1:1: error: the comparison has no 'criteria'; add the rows to compare under 'criteria:' [comparison.missing]",
                CMP + ":2:19: error: subject 'Peer' is not an article of this wiki; did you mean 'Pear'? [comparison.subject]",
                CMP + ":3:1: error: 'critera' is not a known key of a comparison; expected one of title, subjects, summary, criteria, tags, "
                        + "sources, layout; did you mean 'criteria'? [comparison.key]",
                "src/comparisons/b.yml:4:5: error: row 'Price' has no value for Apple, Pear; add 'facts: {Price: ...}' to the front matter "
                        + "of those articles, or give the values here as a list [comparison.fact]");
        assertThat(r.errors()).isEqualTo(4);
        assertStopped(r);
    }
}
