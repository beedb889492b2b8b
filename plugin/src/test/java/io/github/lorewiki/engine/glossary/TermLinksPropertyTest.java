package io.github.lorewiki.engine.glossary;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.link.SiteAssembler;
import io.github.lorewiki.engine.model.Glossary;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.parse.ArticleParser;
import io.github.lorewiki.engine.parse.ParsedArticle;
import io.github.lorewiki.engine.render.BodyRenderer;
import io.github.lorewiki.engine.source.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property of automatic term links, tried on many generated pages: linking never changes the text a reader
 * sees, it only adds links. Removing the term links from a page must give back the page rendered without them.
 */
class TermLinksPropertyTest {
    private static final String GLOSSARY = """
            - term: Memory
              definition: What is kept.
            - term: Organizational memory
              aliases: [Corporate memory, OM]
              definition: What an organization keeps of its past.
            - term: After-action review
              aliases: [AAR]
              definition: A short review after an event.
            - term: Community of practice
              definition: People who share a craft.
            - term: Double-loop learning
              definition: Learning that questions the goals themselves.
            - term: Naïve theory
              definition: "A theory held without testing: <b>untested</b> & unexamined."
            - term: Straße
              definition: A street.
            """;

    /** Words and Markdown fragments pages are made of: terms in all their forms, and every kind of markup around them. */
    private static final String[] WORDS = {
            "memory", "Memory", "memories", "memory's", "memory\u2019s", "memorys'", "MEMORY", "memoryless", "commemory",
            "organizational memory", "organizational\nmemory", "Organizational  Memory", "corporate memories", "OM", "om",
            "AAR", "AARs", "aar", "after-action review", "after action reviews", "after-action\nreview",
            "communities of practice", "community of practice", "double-loop learning", "double loop\nlearning",
            "naïve theory", "naive theory", "Straße", "STRASSE", "straßen",
            "the", "a", "and", "of", "team", "learning", "organization", "x", "é", "ß",
            ",", ".", ";", ":", "!", "?", "'", "\"", "(", ")", "-", "\u2014", "/", "_", "\\*", "\\_", "\\\\", "&amp;", "&copy;", "<", ">", "&",
            "`memory`", "``a memory` b``", "*memory*", "**organizational memory**", "_memory_", "~~memory~~", "*organizational* memory",
            "[memory](other.md)", "[[Other|memory]]", "[[Other]]", "![memory](pic.png)", "<b>memory</b>", "<span title=\"memory\">memory</span>",
            "<br>", "<!-- memory -->", "https://example.com/memory", "<https://example.com>", "memory@example.com",
            "[^n]", "[memory][ref]", "\n", "\n", "\n\n", "  \n",
    };

    private static final String[] LINE_STARTS = {"", "", "", "", "# ", "## ", "- ", "1. ", "> ", "| ", "    ", ": ", "- [ ] "};

    private static String page(Random random) {
        StringBuilder sb = new StringBuilder("# Page\n\n");
        int lines = 1 + random.nextInt(12);
        for (int l = 0; l < lines; l++) {
            sb.append(LINE_STARTS[random.nextInt(LINE_STARTS.length)]);
            for (int w = random.nextInt(14); w > 0; w--) {
                sb.append(WORDS[random.nextInt(WORDS.length)]);
                sb.append(random.nextInt(4) == 0 ? "" : " ");
            }
            sb.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
            if (random.nextInt(8) == 0) sb.append("| a | memory |\n|---|---|\n| memory | organizational memory |\n\n");
            if (random.nextInt(10) == 0) sb.append("```\nmemory\n```\n\n");
        }
        sb.append("\n[ref]: other.md\n[^n]: A note on organizational memory.\n");
        return sb.toString();
    }

    @Test
    void autolinkingNeverChangesTheTextOnlyAddsLinks() {
        Diagnostics d = new Diagnostics();
        List<ParsedTerm> terms = new GlossaryParser().parse(new SourceFile(Path.of("glossary.yml"), "glossary.yml", "glossary.yml"), GLOSSARY, d);
        assertThat(d.sorted()).isEmpty();
        BodyRenderer bodies = new BodyRenderer();
        ArticleParser parser = new ArticleParser();
        SourceFile otherFile = new SourceFile(Path.of("other.md"), "other.md", "other.md");
        ParsedArticle other = parser.parse(otherFile, "# Other\nText.\n", d);
        Random random = new Random(20240611);
        int links = 0;
        for (int round = 0; round < 200; round++) {
            String markdown = page(random);
            for (TermLinkMode mode : List.of(TermLinkMode.ALL, TermLinkMode.FIRST)) {
                ParsedArticle p = parser.parse(new SourceFile(Path.of("page.md"), "page.md", "page.md"), markdown, new Diagnostics());
                Site site = new SiteAssembler("T", "", false, mode).assemble(List.of(p, other), List.of(), terms, List.of(), new Diagnostics());
                String linked = bodies.render(p, "page.html", site.links().get("page.html"), Map.of(), site.glossary());
                String plain = bodies.render(p, "page.html", site.links().get("page.html"), Map.of(), Glossary.EMPTY);

                Document withLinks = Jsoup.parseBodyFragment(linked);
                Document without = Jsoup.parseBodyFragment(plain);
                withLinks.outputSettings().prettyPrint(false);
                without.outputSettings().prettyPrint(false);
                String context = mode + " mode, page:\n" + markdown;
                assertThat(withLinks.body().text()).as(context).isEqualTo(without.body().text());

                for (Element a : withLinks.select("a.term")) {
                    assertThat(a.parents().stream().map(Element::normalName)).as(context)
                            .doesNotContainAnyElementsOf(List.of("a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "th", "dt", "b", "span"));
                    assertThat(a.children()).as(context).isEmpty();
                    assertThat(a.attr("aria-description")).as(context).isNotBlank();
                    a.unwrap();
                    links++;
                }
                assertThat(withLinks.body().html().strip()).as("only links were added; " + context).isEqualTo(without.body().html().strip());
            }
        }
        assertThat(links).as("the pages had term links to check").isGreaterThan(1_000);
    }
}
