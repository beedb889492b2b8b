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
class ComparisonAssemblerTest extends ComparisonWiki {
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
}
