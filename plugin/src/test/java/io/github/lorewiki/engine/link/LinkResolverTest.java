package io.github.lorewiki.engine.link;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.Fixture;
import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.model.ResolvedLink;
import io.github.lorewiki.engine.parse.ArticleParser;
import io.github.lorewiki.engine.parse.ParsedArticle;
import io.github.lorewiki.engine.source.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Link resolution on inline wikis: every page is parsed from text, then the links of one page are resolved. */
class LinkResolverTest {
    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, ParsedArticle> pages = new LinkedHashMap<>();
    private final Diagnostics parseDiagnostics = new Diagnostics();
    private Set<String> assets = Set.of();
    private boolean includeDrafts;

    private void page(String relPath, String text) {
        pages.put(relPath, new ArticleParser().parse(new SourceFile(Path.of(relPath), relPath, "src/" + relPath), text,
                parseDiagnostics));
    }

    /** Every link written in the page, resolved, in the order written. */
    private List<ResolvedLink> links(String relPath) {
        assertThat(parseDiagnostics.sorted()).isEmpty();
        NameIndex names = new NameIndex(new ArrayList<>(pages.values()));
        LinkResolver resolver = new LinkResolver(names, assets, p -> includeDrafts || !p.frontMatter().draft());
        ParsedArticle from = pages.get(relPath);
        return from.links().stream().map(ref -> resolver.resolve(from, ref, diagnostics)).toList();
    }

    /** The only link written in the page, resolved. */
    private ResolvedLink link(String relPath) {
        List<ResolvedLink> all = links(relPath);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private ResolvedLink linkFrom(String text) {
        page("from.md", text);
        return link("from.md");
    }

    private List<String> problems() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private void memoryPage() {
        page("concepts/memory.md", """
                ---
                title: Organizational Memory
                aliases: [Institutional memory]
                ---
                Intro.

                ## Long-term storage

                ## Retrieval cues
                """);
    }

    // ---------------------------------------------------------------- names

    @ParameterizedTest(name = "[[{0}]]")
    @ValueSource(strings = {
            "Organizational Memory",            // title
            "organizational memory",            // case
            "ORGANIZATIONAL-MEMORY",            // hyphen for space
            "organizational_memory",            // underscore for space
            "  Organizational   Memory ",       // extra spaces
            "Institutional memory",             // alias
            "institutional-Memory",             // alias, normalized
            "memory",                           // file name
            "Memory",                           // file name, case
            "concepts/memory",                  // path
            "concepts/memory.md",               // path with extension
            "Concepts/Memory",                  // path, case
    })
    void resolvesByTitleAliasFileNameOrPath(String name) {
        memoryPage();
        page("from.md", "See [[" + name + "]].\n");
        ResolvedLink r = link("from.md");
        assertThat(r.isBroken()).isFalse();
        assertThat(r.targetUrl()).isEqualTo("concepts/memory.html");
        assertThat(r.targetTitle()).isEqualTo("Organizational Memory");
        assertThat(r.anchor()).isEmpty();
        assertThat(problems()).isEmpty();
    }

    @Test
    void decomposedAccentsMatchComposedTitles() {
        page("cafe.md", "# Caf\u00e9 culture\n");
        ResolvedLink r = linkFrom("[[CAFE\u0301 culture]]\n");
        assertThat(r.targetUrl()).isEqualTo("cafe.html");
        assertThat(problems()).isEmpty();
    }

    @Test
    void folderNameResolvesToItsIndexPage() {
        page("travel/index.md", "# Travelling\n");
        ResolvedLink r = linkFrom("[[travel]]\n");
        assertThat(r.targetUrl()).isEqualTo("travel/index.html");
        assertThat(r.targetTitle()).isEqualTo("Travelling");
    }

    @Test
    void titleWinsOverAnotherPagesFileName() {
        page("b.md", "# Something else\n");
        page("notes/x.md", "# B\n");
        assertThat(linkFrom("[[B]]\n").targetUrl()).isEqualTo("notes/x.html");
        assertThat(problems()).isEmpty();
    }

    @Test
    void unresolvedLinkReportsLineAndColumnAndSuggestion() {
        memoryPage();
        ResolvedLink r = linkFrom("---\ntitle: From\n---\nText.\n\n- a [[Organisational memry]] link\n");
        assertThat(r.isBroken()).isTrue();
        assertThat(r.problem()).isEqualTo("No page named \u201cOrganisational memry\u201d");
        assertThat(problems()).containsExactly(
                "src/from.md:6:5: warning: unresolved link [[Organisational memry]]; did you mean [[Organizational Memory]]? [link.unresolved]");
    }

    @Test
    void unresolvedLinkWithoutCloseNameSaysSo() {
        memoryPage();
        linkFrom("[[Quantum chromodynamics]]\n");
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("link.unresolved");
            assertThat(d.hint()).isEqualTo("no page has this title, alias or file name");
        });
    }

    @Test
    void ambiguousNameWarnsAndListsBothFiles() {
        page("people/mercury.md", "# Mercury\n");
        page("planets/mercury.md", "# Mercury\n");
        ResolvedLink r = linkFrom("Intro\n\n[[Mercury]]\n");
        assertThat(r.isBroken()).isTrue();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
            assertThat(d.rule()).isEqualTo("link.ambiguous");
            assertThat(d.pos().toString()).isEqualTo("src/from.md:3:1");
            assertThat(d.message()).contains("src/people/mercury.md").contains("src/planets/mercury.md");
            assertThat(d.hint()).contains("[[people/mercury]]");
        });
    }

    @Test
    void ambiguousFileNameIsResolvedByPath() {
        page("people/mercury.md", "# Freddie\n");
        page("planets/mercury.md", "# The planet\n");
        page("from.md", "[[mercury]] [[planets/mercury]]\n");
        List<ResolvedLink> links = links("from.md");
        assertThat(links.get(0).isBroken()).isTrue();
        assertThat(links.get(1).targetUrl()).isEqualTo("planets/mercury.html");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::rule).containsExactly("link.ambiguous");
    }

    // ---------------------------------------------------------------- anchors

    @ParameterizedTest(name = "[[Organizational Memory#{0}]]")
    @ValueSource(strings = {"Retrieval cues", "retrieval cues", "retrieval-cues", "Retrieval-Cues"})
    void headingAnchorResolvesByTextOrId(String anchor) {
        memoryPage();
        ResolvedLink r = linkFrom("[[Organizational Memory#" + anchor + "]]\n");
        assertThat(r.targetUrl()).isEqualTo("concepts/memory.html");
        assertThat(r.anchor()).isEqualTo("retrieval-cues");
        assertThat(r.isAnchorBroken()).isFalse();
        assertThat(problems()).isEmpty();
    }

    @Test
    void missingAnchorIsReportedWithSuggestionAndStillLeadsToThePage() {
        memoryPage();
        ResolvedLink r = linkFrom("[[Organizational Memory#Retreival cues]]\n");
        assertThat(r.targetUrl()).isEqualTo("concepts/memory.html");
        assertThat(r.isAnchorBroken()).isTrue();
        assertThat(problems()).containsExactly(
                "src/from.md:1:1: warning: no heading 'Retreival cues' in 'src/concepts/memory.md' ([[Organizational Memory#Retreival cues]]);"
                        + " did you mean 'Retrieval cues'? [link.anchor]");
    }

    @Test
    void missingAnchorInMarkdownLinkSuggestsAnId() {
        memoryPage();
        linkFrom("[x](concepts/memory.md#retrieval-cue)\n");
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("link.anchor");
            assertThat(d.hint()).isEqualTo("did you mean 'retrieval-cues'?");
        });
    }

    @Test
    void anchorWithinTheSamePage() {
        page("from.md", "Text\n\n## Local part\n\n[[#Local part]] [x](#local-part) [[#Nowhere]]\n");
        List<ResolvedLink> links = links("from.md");
        assertThat(links.get(0).targetUrl()).isEqualTo("from.html");
        assertThat(links.get(0).anchor()).isEqualTo("local-part");
        assertThat(links.get(1).targetUrl()).isEqualTo("from.html");
        assertThat(links.get(1).anchor()).isEqualTo("local-part");
        assertThat(links.get(2).isAnchorBroken()).isTrue();
        assertThat(problems()).singleElement().asString().startsWith("src/from.md:5:34: warning: no heading 'Nowhere'");
    }

    // ---------------------------------------------------------------- Markdown links

    @Test
    void markdownLinkToExistingArticleIsRewritten() {
        memoryPage();
        page("concepts/other.md", "[a](memory.md) [b](./memory.md#long-term-storage) [c](../concepts/memory.md) [d](memory)\n");
        List<ResolvedLink> links = links("concepts/other.md");
        assertThat(links).extracting(ResolvedLink::targetUrl).containsOnly("concepts/memory.html");
        assertThat(links.get(1).anchor()).isEqualTo("long-term-storage");
        assertThat(problems()).isEmpty();
    }

    @Test
    void markdownLinkWithEncodedSpacesFindsTheFile() {
        page("My Notes/Big Idea.md", "# Big idea\n");
        ResolvedLink r = linkFrom("[idea](My%20Notes/Big%20Idea.md)\n");
        assertThat(r.targetUrl()).isEqualTo("my-notes/big-idea.html");
    }

    @Test
    void markdownLinkToFolderLeadsToItsIndex() {
        page("travel/index.md", "# Travel\n");
        page("from.md", "[a](travel/) [b](travel)\n");
        assertThat(links("from.md")).extracting(ResolvedLink::targetUrl).containsExactly("travel/index.html", "travel/index.html");
    }

    @Test
    void markdownLinkToMissingFileIsReported() {
        memoryPage();
        ResolvedLink r = linkFrom("Text\n\nSee [it](concepts/memroy.md#part).\n");
        assertThat(r.isBroken()).isTrue();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("link.file");
            assertThat(d.pos().toString()).isEqualTo("src/from.md:3:5");
            assertThat(d.message()).contains("concepts/memroy.md");
        });
    }

    @Test
    void markdownLinkToAnExistingAssetLeadsToTheCopiedFile() {
        assets = Set.of("docs/Report 2024.pdf");
        ResolvedLink r = linkFrom("[report](docs/Report%202024.pdf#page=2)\n");
        assertThat(r.targetUrl()).isEqualTo("docs/Report 2024.pdf");
        assertThat(r.anchor()).isEqualTo("page=2");
        assertThat(problems()).isEmpty();
    }

    @Test
    void existingImageResolves() {
        assets = Set.of("img/diagram.png");
        page("concepts/a.md", "![d](../img/diagram.png)\n");
        assertThat(link("concepts/a.md").targetUrl()).isEqualTo("img/diagram.png");
        assertThat(problems()).isEmpty();
    }

    @Test
    void missingImageIsReportedWithSuggestion() {
        assets = Set.of("img/diagram.png", "img/photo.jpg");
        ResolvedLink r = linkFrom("Intro\n\n![alt](img/diagramm.png)\n");
        assertThat(r.isBroken()).isTrue();
        assertThat(problems()).containsExactly(
                "src/from.md:3:1: warning: image 'img/diagramm.png' leads to a file that does not exist (img/diagramm.png); did you mean 'diagram.png'? [link.image]");
    }

    @Test
    void linkClimbingOutsideTheSourceFolderIsReported() {
        page("concepts/a.md", "[up](../../secret.md) ![i](../../../etc/passwd.png)\n");
        List<ResolvedLink> links = links("concepts/a.md");
        assertThat(links).allSatisfy(r -> assertThat(r.isBroken()).isTrue());
        assertThat(diagnostics.sorted()).hasSize(2).allSatisfy(d -> {
            assertThat(d.rule()).isEqualTo("link.file");
            assertThat(d.message()).contains("outside the source folder");
        });
    }

    @Test
    void climbingUpAndBackDownStaysInside() {
        memoryPage();
        page("a/b/deep.md", "[m](../../concepts/memory.md)\n");
        assertThat(link("a/b/deep.md").targetUrl()).isEqualTo("concepts/memory.html");
    }

    // ---------------------------------------------------------------- drafts

    @Test
    void linkToDraftIsReported() {
        page("secret.md", "---\ntitle: Secret plan\ndraft: true\n---\n");
        page("from.md", "[[Secret plan]] and [md](secret.md)\n");
        List<ResolvedLink> links = links("from.md");
        assertThat(links).allSatisfy(r -> assertThat(r.isBroken()).isTrue());
        assertThat(links.get(0).problem()).isEqualTo("\u201cSecret plan\u201d is a draft");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::rule).containsExactly("link.draft", "link.draft");
        assertThat(diagnostics.sorted().get(0).hint()).contains("src/secret.md");
    }

    @Test
    void linkToDraftResolvesWhenDraftsAreIncluded() {
        includeDrafts = true;
        page("secret.md", "---\ntitle: Secret plan\ndraft: true\n---\n");
        ResolvedLink r = linkFrom("[[Secret plan]]\n");
        assertThat(r.targetUrl()).isEqualTo("secret.html");
        assertThat(problems()).isEmpty();
    }

    // ---------------------------------------------------------------- in the built site

    @Test
    void builtPagesCarryRewrittenAndBrokenLinks() {
        BuildResult result = Fixture.build(dir, """
                -- concepts/memory.md --
                # Memory

                ## Long-term storage
                -- guide/start.md --
                # Start

                [md link](../concepts/memory.md#long-term-storage)
                [[Memory#Long-term storage|wiki link]]
                [[Nobody]]
                [gone](missing.md)
                """);
        assertThat(result.written()).isTrue();
        Document page = Jsoup.parse(Fixture.read(dir.resolve("out/guide/start.html")));
        assertThat(page.select("a:contains(md link)").attr("href")).isEqualTo("../concepts/memory.html#long-term-storage");
        assertThat(page.select("a:contains(wiki link)").attr("href")).isEqualTo("../concepts/memory.html#long-term-storage");
        assertThat(page.select("a.broken-link").eachText()).containsExactly("Nobody", "gone");
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().startsWith("link."))
                .extracting(d -> d.pos() + " " + d.rule()).containsExactly(
                "src/guide/start.md:5:1 link.unresolved",
                "src/guide/start.md:6:1 link.file");
    }
}
