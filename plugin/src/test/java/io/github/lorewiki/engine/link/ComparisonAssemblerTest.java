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

/**
 * LINK stage of comparisons, through whole builds of small wikis: subjects checked against the wiki,
 * titles unique, facts given once, links in cells resolved, comparisons as wikilink and embed targets.
 * Every error stops the build.
 */
class ComparisonAssemblerTest {
    /** Two subjects with facts, and a page to link to from cells. */
    private static final String FRUIT = """
            -- index.md --
            # Orchard
            [[Apple]], [[Pear]], [[Cheese]].
            -- fruit/apple.md --
            ---
            title: Apple
            aliases: [Malus]
            facts:
              Colour: red or green
              Season: autumn
            ---
            An apple, unlike a [[Pear]].
            -- fruit/pear.md --
            ---
            title: Pear
            facts:
              colour: green
            ---
            A pear, unlike an [[Apple]].
            -- fruit/cheese.md --
            # Cheese
            With [[Apple]].
            """;
    private static final String CMP = "src/comparisons/apple-vs-pear.yml";

    @TempDir
    Path dir;

    private BuildResult build(String spec) {
        return Fixture.build(dir, spec);
    }

    private static List<String> rule(BuildResult r, String prefix) {
        return r.diagnostics().stream().filter(d -> d.rule().startsWith(prefix)).map(Diagnostic::format).toList();
    }

    /** What the LINK stage reports, without the site checks (orphans, dead ends) that small fixtures trip. */
    private static List<String> linkStage(BuildResult r) {
        return r.diagnostics().stream().filter(d -> !d.rule().startsWith("page.")).map(Diagnostic::format).toList();
    }

    private Document page(String url) {
        return Jsoup.parse(Fixture.read(dir.resolve("out").resolve(url)));
    }

    private void assertStopped(BuildResult r) {
        assertThat(r.written()).as("an error stops the build").isFalse();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    // ---------------------------------------------------------------- subjects

    @Test
    void aSubjectThatIsNoArticleIsAnErrorWithASuggestion() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Peer]
                criteria:
                  Shape: [round, bell]
                """);
        assertThat(rule(r, "comparison.")).containsExactly(
                CMP + ":2:19: error: subject 'Peer' is not an article of this wiki; did you mean 'Pear'? [comparison.subject]");
        assertStopped(r);
    }

    @Test
    void aSubjectWithNothingCloseSaysHowToNameAnArticle() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs quantum physics
                subjects:
                  - Apple
                  - Quantum chromodynamics
                criteria:
                  Shape: [round, none]
                """);
        assertThat(rule(r, "comparison.")).containsExactly(CMP + ":4:5: error: subject 'Quantum chromodynamics' is not an article of this wiki; "
                + "name an article by its title, alias or path [comparison.subject]");
        assertStopped(r);
    }

    @Test
    void anAmbiguousSubjectIsAnErrorNamingTheCandidates() {
        BuildResult r = build(FRUIT + """
                -- cider/apple.md --
                ---
                title: Apple
                ---
                The cider apple, unlike the [[fruit/apple|eating apple]].
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear]
                criteria:
                  Shape: [round, bell]
                """);
        assertThat(rule(r, "comparison.")).containsExactly(CMP + ":2:12: error: subject 'Apple' is ambiguous: src/cider/apple.md, "
                + "src/fruit/apple.md; name it by path, such as 'cider/apple.md' [comparison.subject]");
        assertStopped(r);
    }

    @Test
    void aSubjectNamedByPathIsNotAmbiguous() {
        BuildResult r = build(FRUIT + """
                -- cider/apple.md --
                ---
                title: Apple
                ---
                The cider apple, unlike the [[fruit/apple|eating apple]].
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [fruit/apple.md, Pear]
                criteria:
                  Shape: [round, bell]
                """);
        assertThat(rule(r, "comparison.")).isEmpty();
        assertThat(page("comparisons/apple-vs-pear.html").select("thead a").eachAttr("href"))
                .containsExactly("../fruit/apple.html", "../fruit/pear.html");
    }

    @Test
    void aDraftSubjectIsAnError() {
        BuildResult r = build(FRUIT.replace("title: Pear\n", "title: Pear\ndraft: true\n") + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear]
                criteria:
                  Shape: [round, bell]
                """);
        assertThat(rule(r, "comparison.")).containsExactly(CMP + ":2:19: error: subject 'Pear' is a draft, which is not published; "
                + "publish src/fruit/pear.md or remove it from the comparison [comparison.subject]");
        assertStopped(r);
    }

    @Test
    void twoSubjectNamesForTheSameArticleAreAnError() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear, Malus]
                criteria:
                  Shape: [round, bell, round]
                """);
        assertThat(rule(r, "comparison.")).containsExactly(CMP + ":2:25: error: subject 'Malus' names the same article as 'Apple' "
                + "(src/fruit/apple.md); list each article once [comparison.subject]");
        assertStopped(r);
    }

    @Test
    void theSameArticleByTitleAndByPathIsAnErrorToo() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs apple
                subjects: [fruit/apple, Apple]
                criteria:
                  Shape: [round, round]
                """);
        assertThat(rule(r, "comparison.")).containsExactly(CMP + ":2:25: error: subject 'Apple' names the same article as 'fruit/apple' "
                + "(src/fruit/apple.md); list each article once [comparison.subject]");
        assertStopped(r);
    }

    // ---------------------------------------------------------------- titles

    @Test
    void twoComparisonsWithTheSameTitleAreAnErrorNamingBothPlaces() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Apple vs pear
                subjects: [Apple, Pear]
                criteria:
                  Shape: [round, bell]
                -- comparisons/more/pear-and-apple.yml --
                # the same title, written differently
                title: apple-vs-Pear
                subjects: [Pear, Apple]
                criteria:
                  Size: [medium, medium]
                """);
        assertThat(rule(r, "comparison.")).containsExactly("src/comparisons/more/pear-and-apple.yml:2:8: error: the comparison title "
                + "'apple-vs-Pear' is also used by " + CMP + ":1; give each comparison its own title [comparison.duplicate]");
        assertStopped(r);
    }

    @Test
    void aComparisonTitledLikeAnArticleIsAnError() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: Cheese
                subjects: [Apple, Pear]
                criteria:
                  Shape: [round, bell]
                """);
        assertThat(rule(r, "comparison.")).containsExactly(CMP + ":1:8: error: the comparison title 'Cheese' is also the title or alias of "
                + "src/fruit/cheese.md; rename the comparison or the article, so [[Cheese]] means one page [comparison.duplicate]");
        assertStopped(r);
    }

    @Test
    void aComparisonTitledLikeAnAliasIsAnError() {
        BuildResult r = build(FRUIT + """
                -- comparisons/apple-vs-pear.yml --
                title: malus
                subjects: [Apple, Pear]
                criteria:
                  Shape: [round, bell]
                """);
        assertThat(rule(r, "comparison.")).containsExactly(CMP + ":1:8: error: the comparison title 'malus' is also the title or alias of "
                + "src/fruit/apple.md; rename the comparison or the article, so [[malus]] means one page [comparison.duplicate]");
        assertStopped(r);
    }

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
