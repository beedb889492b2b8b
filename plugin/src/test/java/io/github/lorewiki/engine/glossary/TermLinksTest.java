package io.github.lorewiki.engine.glossary;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.Fixture;
import io.github.lorewiki.engine.LoreEngine;
import io.github.lorewiki.engine.check.RuleConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which words of a built page become term links, where they lead, and what they carry for readers. */
class TermLinksTest {
    @TempDir
    Path dir;

    private static final String GLOSSARY = """
            -- glossary.yml --
            - term: Organizational memory
              aliases: [Corporate memory]
              definition: What an organization keeps of its past, in **people** and "documents".
            - term: Memory
              definition: What is kept.
            - term: After-action review
              aliases: [AAR]
              definition: A short review after an event.
            -- acquisition.md --
            ---
            summary: How knowledge enters an organization.
            defines: [Knowledge acquisition]
            ---
            # Acquisition
            Knowledge acquisition is described here, and corporate memory too.
            """;

    private Document build(String mode, String spec) throws IOException {
        Path src = Fixture.write(dir.resolve("src"), GLOSSARY + spec);
        BuildResult r = new LoreEngine(RuleConfig.parse("page.*=off, glossary.unused=off"), null)
                .build(new BuildRequest(src, dir.resolve("out"), null, dir, "T", "", false, 2, mode));
        assertThat(r.diagnostics()).isEmpty();
        return Jsoup.parse(dir.resolve("out/page.html").toFile());
    }

    private static Element body(Document page) {
        return page.selectFirst(".article-body");
    }

    @Test
    void byDefaultTheFirstMentionOfEachTermIsLinked() throws IOException {
        Document page = build(null, """
                -- page.md --
                # Page
                Organizational memory and memory. Later, organizational memory and memory again,
                and corporate memories.
                """);
        assertThat(body(page).select("a.term").eachText()).containsExactly("Organizational memory", "memory");
        assertThat(body(page).select("a.term").eachAttr("href")).containsExactly("glossary.html#term-organizational-memory", "glossary.html#term-memory");
    }

    @Test
    void allLinksEveryMentionAndOffNone() throws IOException {
        String spec = """
                -- page.md --
                # Page
                Organizational memory and memory. Later, organizational memory and memory again,
                and corporate memories.
                """;
        assertThat(body(build("all", spec)).select("a.term").eachText())
                .containsExactly("Organizational memory", "memory", "organizational memory", "memory", "corporate memories");
        assertThat(body(build("off", spec)).select("a.term")).isEmpty();
    }

    @Test
    void neverInHeadingsCodeLinksImagesWikilinksTableHeadersOrHtml() throws IOException {
        Document page = build("all", """
                -- page.md --
                # Page
                ## Memory in a heading
                `memory` in code, [memory](acquisition.md), [[Acquisition|memory]], ![memory](pic.png), <span>memory</span>

                ```
                memory in a code block
                ```

                    memory indented

                | memory | b |
                |--------|---|
                | memory | x |

                Memory
                : memory in a definition

                > a quoted memory[^m]

                [^m]: A footnote on memory.
                -- pic.png --
                not really a picture
                """);
        Element body = body(page);
        assertThat(body.select("a.term").eachText()).containsExactly("memory", "memory", "memory", "memory");
        assertThat(body.select("h2 a.term, code a.term, pre a.term, thead a.term, dt a.term, span a.term")).isEmpty();
        assertThat(body.select("tbody td a.term")).hasSize(1);
        assertThat(body.select("dd a.term")).hasSize(1);
        assertThat(body.select("blockquote a.term")).hasSize(1);
        assertThat(body.select(".footnotes a.term")).hasSize(1);
    }

    @Test
    void aTermIsNotLinkedInTheArticleThatDefinesIt() throws IOException {
        build("all", """
                -- page.md --
                # Page
                Knowledge acquisition.
                """);
        Document own = Jsoup.parse(dir.resolve("out/acquisition.html").toFile());
        assertThat(body(own).select("a.term").eachText()).containsExactly("corporate memory");
    }

    @Test
    void aTermDefinedByAnArticleLeadsToItWithItsSummaryAsTooltip() throws IOException {
        Document page = build(null, """
                -- page.md --
                # Page
                Knowledge acquisition matters.
                """);
        Element link = body(page).selectFirst("a.term");
        assertThat(link.attr("href")).isEqualTo("acquisition.html");
        assertThat(link.attr("aria-description")).isEqualTo("How knowledge enters an organization.");
    }

    @Test
    void theTooltipIsPlainTextInTheLinksDescriptionWrittenOnce() throws IOException {
        Document page = build(null, """
                -- page.md --
                # Page
                Organizational memory.
                """);
        Element link = body(page).selectFirst("a.term");
        String plain = "What an organization keeps of its past, in people and \"documents\".";
        assertThat(link.attr("aria-description")).isEqualTo(plain);
        assertThat(page.html().split("in people and", -1)).as("the definition is written once on the page").hasSize(2);
        assertThat(page.select("[role=tooltip], [aria-describedby], [data-tooltip]")).isEmpty();
    }

    @Test
    void aTermBrokenOverTwoLinesIsOneLink() throws IOException {
        Document page = build(null, """
                -- page.md --
                # Page
                This is about organizational
                memory.
                """);
        assertThat(body(page).select("a.term").eachText()).containsExactly("organizational memory");
    }

    @Test
    void acronymsArePluralizedAndMatchedAsWritten() throws IOException {
        Document page = build("all", """
                -- page.md --
                # Page
                Two AARs, an aar, an AAR, and an after-action reviews.
                """);
        assertThat(body(page).select("a.term").eachText()).containsExactly("AARs", "AAR", "after-action reviews");
    }

    @Test
    void anArticleCanTurnAutomaticLinksOffButKeepsExplicitOnes() throws IOException {
        Document page = build("all", """
                -- page.md --
                ---
                glossary: false
                ---
                # Page
                Memory and organizational memory, and [[term:Memory]].
                """);
        assertThat(body(page).select("a.term").eachText()).containsExactly("Memory");
        assertThat(body(page).selectFirst("a.term").hasClass("wikilink")).isTrue();
    }

    @Test
    void aTermLinkedBothWaysCarriesItsDefinitionOnEveryLink() throws IOException {
        Document page = build("all", """
                -- page.md --
                # Page
                See [[term:Memory]], then organizational memory, then memory again and [[term:Organizational memory]].
                """);
        assertThat(body(page).select("a.term").eachText())
                .containsExactly("Memory", "organizational memory", "memory", "Organizational memory");
        assertThat(body(page).select("a.term").eachAttr("aria-description")).hasSize(4).doesNotContain("")
                .satisfies(d -> assertThat(d.get(0)).isEqualTo(d.get(2)), d -> assertThat(d.get(1)).isEqualTo(d.get(3)));
    }

    @Test
    void explicitTermLinksReadAsTheTermOrTheirLabel() throws IOException {
        Document page = build("off", """
                -- page.md --
                # Page
                See [[term:corporate memory]], [[term:Memory|what we keep]] and [[term:Knowledge acquisition]].
                """);
        assertThat(body(page).select("a.term").eachText()).containsExactly("corporate memory", "what we keep", "Knowledge acquisition");
        assertThat(body(page).select("a.term").eachAttr("href"))
                .containsExactly("glossary.html#term-organizational-memory", "glossary.html#term-memory", "acquisition.html");
        assertThat(body(page).select("a.term[aria-description]")).hasSize(3);
    }

    @Test
    void inFirstModeAMentionAfterTheWritersOwnLinkIsNotLinked() throws IOException {
        Document page = build(null, """
                -- page.md --
                # Page
                Memory first. Then [[Acquisition]] and [[term:Memory]]; then knowledge acquisition and memory.
                """);
        assertThat(body(page).select("a.term").eachText()).containsExactly("Memory", "Memory");
        assertThat(body(page).select("a.wikilink").eachText()).contains("Acquisition");
    }

    @Test
    void theGlossaryIsLinkedFromEveryHeaderAndFromTheHomePage() throws IOException {
        Document page = build(null, """
                -- page.md --
                # Page
                Memory.
                -- index.md --
                # Home
                Welcome.
                """);
        assertThat(page.select(".site-links a").eachText()).contains("Glossary");
        assertThat(page.select(".site-links a[href=glossary.html]")).hasSize(1);
        Document home = Jsoup.parse(dir.resolve("out/index.html").toFile());
        assertThat(home.select(".home-glossary a[href=glossary.html]")).hasSize(1);
        assertThat(home.select(".home-glossary").text()).contains("4 terms");
    }

    @Test
    void withoutTermsThereIsNoGlossaryPageAndNoLink() throws IOException {
        Path src = Fixture.write(dir.resolve("src"), """
                -- page.md --
                # Page
                Memory.
                """);
        new LoreEngine().build(new BuildRequest(src, dir.resolve("out"), null, dir, "T", "", false, 1));
        assertThat(dir.resolve("out/glossary.html")).doesNotExist();
        assertThat(dir.resolve("out/glossary.json")).doesNotExist();
        assertThat(Jsoup.parse(dir.resolve("out/page.html").toFile()).select(".site-links a").eachText()).doesNotContain("Glossary");
    }
}
