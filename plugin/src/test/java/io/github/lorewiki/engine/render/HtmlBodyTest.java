package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.glossary.GlossaryParser;
import io.github.lorewiki.engine.glossary.ParsedTerm;
import io.github.lorewiki.engine.glossary.TermLinkMode;
import io.github.lorewiki.engine.link.SiteAssembler;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.parse.ArticleParser;
import io.github.lorewiki.engine.parse.ComparisonParser;
import io.github.lorewiki.engine.parse.ParsedArticle;
import io.github.lorewiki.engine.parse.ParsedComparison;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.source.SourceScanner;
import io.github.lorewiki.engine.source.SourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.lorewiki.engine.model.LinkKind;
import io.github.lorewiki.engine.model.LinkRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lore writes article bodies with its own HTML writer and falls back to flexmark's renderer only for what the
 * writer does not know. A reader must not be able to tell which one rendered a page: every body of these wikis,
 * with their links, glossary terms, footnotes, tables and odd Markdown, comes out byte for byte the same.
 */
class HtmlBodyTest {
    private static final Path SAMPLE = Path.of("..", "site-content", "src", "wiki");

    @TempDir
    Path tmp;

    @Test
    void sampleWikiBodiesAreTheSameAsFlexmarks() {
        assertThat(compare(SAMPLE).directPages()).as("pages written by Lore's writer").isGreaterThan(20);
    }

    @Test
    void edgeCasesAreTheSameAsFlexmarks() throws IOException {
        String all = Files.readString(Path.of("src", "test", "resources", "render", "markdown-edge-cases.md"));
        String[] cases = all.split("\n=====\n");
        Path wiki = Files.createDirectories(tmp.resolve("wiki"));
        Files.writeString(wiki.resolve("target-page.md"), "# Target page\n\n## Some heading\n\nText.\n");
        Files.writeString(wiki.resolve("glossary.yml"), "- term: Feedback loop\n  definition: A \"loop\" <b>back</b> & forth.\n"
                + "- term: Tacit knowledge\n  definition: Knowing how.\n  aliases: [know-how]\n- term: AAR\n  definition: After action review.\n");
        for (int i = 0; i < cases.length; i++) {
            Files.writeString(wiki.resolve("case-" + i + ".md"), "---\ntitle: Case " + i + "\n---\n" + cases[i] + "\n");
        }
        Comparison result = compare(wiki);
        assertThat(result.pages()).isEqualTo(cases.length + 1);
        assertThat(result.directPages()).as("cases Lore's writer took on").isGreaterThan(cases.length * 3 / 4);
    }

    @Test
    void everyMarkdownFileOfTheTestsIsTheSameAsFlexmarks() throws IOException {
        List<Path> roots = new ArrayList<>();
        for (Path base : List.of(Path.of("src", "test", "resources"), Path.of("src", "it"))) {
            try (Stream<Path> s = Files.walk(base)) {
                s.filter(p -> p.getFileName().toString().equals("wiki") && Files.isDirectory(p)).forEach(roots::add);
            }
        }
        assertThat(roots).hasSizeGreaterThan(5);
        int pages = 0;
        for (Path root : roots) pages += compare(root).pages();
        assertThat(pages).isGreaterThan(30);
    }

    /** Any wiki at hand: {@code -Dlore.htmlbody.wiki=path/to/wiki} (the benchmark corpus, a real one). */
    @Test
    @EnabledIfSystemProperty(named = "lore.htmlbody.wiki", matches = ".+")
    void aWikiNamedOnTheCommandLineIsTheSameAsFlexmarks() {
        Comparison result = compare(Path.of(System.getProperty("lore.htmlbody.wiki")));
        System.out.println("HtmlBodyTest: " + result.pages() + " pages, " + result.directPages() + " written by Lore's writer");
        assertThat(result.pages()).isPositive();
    }

    /** The writer refuses what it does not know, so that flexmark renders it: a reference link to another site is one such. */
    @Test
    void aReferenceLinkToAnotherSiteIsLeftToFlexmark() throws IOException {
        Path wiki = Files.createDirectories(tmp.resolve("ref"));
        Files.writeString(wiki.resolve("refs.md"), "See [the spec][spec].\n\n[spec]: https://spec.example/ \"Spec\"\n");
        Comparison result = compare(wiki);
        assertThat(result.pages()).isEqualTo(1);
        assertThat(result.directPages()).isZero();
    }

    /** The first line where the two differ, with the line before it: a whole page in a failure message hides the point. */
    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + " after \"" + (i > 0 ? e[i - 1] : "") + "\"\n  flexmark: " + el + "\n  lore:     " + al;
            }
        }
        return "the same";
    }

    /** Stands for an embedded comparison table: indented, with a blank line and a trailing space, as templates make them. */
    private static final String EMBEDDED = "<figure class=\"comparison\">\n  <table>\n\n    <tr><td>a &amp; b</td></tr> \n\t</table>\n</figure>\n";

    record Comparison(int pages, int directPages) {
    }

    /** Renders every article of the wiki both ways and asserts the bodies are equal; counts the pages the writer took. */
    static Comparison compare(Path root) {
        Diagnostics d = new Diagnostics();
        SourceSet sources = new SourceScanner(root).scan(root);
        List<ParsedArticle> parsed = sources.articles().stream().map(f -> new ArticleParser().parse(f, d))
                .flatMap(Optional::stream).toList();
        List<ParsedComparison> comparisons = sources.comparisons().stream().map(f -> new ComparisonParser().parse(f, d))
                .flatMap(Optional::stream).toList();
        List<ParsedTerm> terms = sources.glossaries().stream().flatMap(f -> new GlossaryParser().parse(f, d).stream()).toList();
        Site site = new SiteAssembler("Test", "", true, TermLinkMode.ALL).assemble(parsed, comparisons, terms, sources.assets(), d);
        BodyRenderer lore = new BodyRenderer(true);
        BodyRenderer flexmark = new BodyRenderer(false);
        int direct = 0;
        for (ParsedArticle p : parsed) {
            String url = OutputPaths.article(p.source().relPath());
            Map<Integer, String> embeds = new HashMap<>();
            for (LinkRef ref : p.links()) if (ref.kind() == LinkKind.EMBED) embeds.put(ref.offset(), EMBEDDED);
            String expected = flexmark.render(p, url, site.links().getOrDefault(url, Map.of()), embeds, site.glossary());
            String actual = lore.render(p, url, site.links().getOrDefault(url, Map.of()), embeds, site.glossary());
            if (!actual.equals(expected)) {
                throw new AssertionError(p.source().displayPath() + ": " + firstDifference(expected, actual));
            }
            if (lore.writesDirectly(p, url, site.links().getOrDefault(url, Map.of()), site.glossary())) direct++;
        }
        return new Comparison(parsed.size(), direct);
    }
}
