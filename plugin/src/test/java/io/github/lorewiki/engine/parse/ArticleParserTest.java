package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.model.Heading;
import io.github.lorewiki.engine.model.LinkKind;
import io.github.lorewiki.engine.model.LinkRef;
import io.github.lorewiki.engine.render.BodyRenderer;
import io.github.lorewiki.engine.source.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ArticleParserTest {
    @TempDir
    Path dir;

    private final ArticleParser parser = new ArticleParser();
    private final Diagnostics diagnostics = new Diagnostics();

    private ParsedArticle parse(String relPath, String text) {
        return parser.parse(new SourceFile(Path.of(relPath), relPath, "src/" + relPath), text, diagnostics);
    }

    private ParsedArticle parse(String text) {
        return parse("page.md", text);
    }

    private static List<String> positions(ParsedArticle a) {
        return a.links().stream().map(l -> l.pos().toString()).toList();
    }

    private static String bodyHtml(ParsedArticle a) {
        return new BodyRenderer().render(a, "page.html", Map.of());
    }

    private SourceFile file(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return new SourceFile(f, name, "src/" + name);
    }

    // ---------------------------------------------------------------- titles

    @Test
    void titleComesFromFrontMatter() {
        ParsedArticle a = parse("---\ntitle: From front matter\n---\n# A heading\n\nText\n");
        assertThat(a.title()).isEqualTo("From front matter");
        assertThat(a.titleHeading()).as("a different first heading stays in the body").isEqualTo(-1);
        assertThat(a.headings()).extracting(Heading::text).containsExactly("A heading");
        assertThat(Jsoup.parse(bodyHtml(a)).select("h1").text()).startsWith("A heading");
    }

    @Test
    void titleComesFromFirstHeadingWhichIsThenNotRenderedTwice() {
        ParsedArticle a = parse("# The *real* title\n\nIntro.\n\n## Part\n");
        assertThat(a.title()).isEqualTo("The real title");
        assertThat(a.titleHeading()).isZero();
        assertThat(a.headings()).extracting(Heading::text).containsExactly("Part");
        Document body = Jsoup.parse(bodyHtml(a));
        assertThat(body.select("h1")).isEmpty();
        assertThat(body.select("h2").attr("id")).isEqualTo("part");
        assertThat(body.text()).doesNotContain("real title");
    }

    @Test
    void frontMatterTitleEqualToFirstHeadingIsShownOnce() {
        ParsedArticle a = parse("---\ntitle: Memory\n---\n# Memory\n\nText\n");
        assertThat(a.title()).isEqualTo("Memory");
        assertThat(a.headings()).isEmpty();
        assertThat(Jsoup.parse(bodyHtml(a)).select("h1")).isEmpty();
    }

    @Test
    void setextHeadingFirstIsTheTitle() {
        assertThat(parse("Setext title\n============\n\nText\n").title()).isEqualTo("Setext title");
    }

    @Test
    void headingAfterTextIsNotTheTitle() {
        ParsedArticle a = parse("my-page.md", "Some text first.\n\n# Late heading\n");
        assertThat(a.title()).isEqualTo("My page");
        assertThat(a.headings()).extracting(Heading::text).containsExactly("Late heading");
    }

    @Test
    void secondLevelHeadingFirstIsNotTheTitle() {
        ParsedArticle a = parse("notes.md", "## Only a section\n");
        assertThat(a.title()).isEqualTo("Notes");
        assertThat(a.headings()).extracting(Heading::text).containsExactly("Only a section");
    }

    @Test
    void titleFallsBackToHumanizedFileName() {
        assertThat(parse("concepts/organizational-memory_notes.md", "Text only.\n").title())
                .isEqualTo("Organizational memory notes");
        assertThat(parse("lower.md", "").title()).isEqualTo("Lower");
    }

    @Test
    void folderIndexWithoutTitleIsNamedAfterItsFolder() {
        assertThat(parse("travel/far-east/index.md", "Text\n").title()).isEqualTo("Far east");
        assertThat(parse("index.md", "Text\n").title()).isEqualTo("Index");
    }

    // ---------------------------------------------------------------- headings

    @Test
    void headingsGetUniqueIds() {
        ParsedArticle a = parse("Intro text\n\n## Intro\n\n## Intro\n\n### Intro\n\n## Other\n");
        assertThat(a.headings()).extracting(Heading::level, Heading::text, Heading::id).containsExactly(
                tuple(2, "Intro", "intro"),
                tuple(2, "Intro", "intro-1"),
                tuple(3, "Intro", "intro-2"),
                tuple(2, "Other", "other"));
        Document body = Jsoup.parse(bodyHtml(a));
        assertThat(body.select("h2, h3").eachAttr("id")).containsExactly("intro", "intro-1", "intro-2", "other");
    }

    @Test
    void suffixedIdsNeverClashWithWrittenOnes() {
        ParsedArticle a = parse("Text\n\n## A\n\n## A-1\n\n## A\n");
        assertThat(a.headings()).extracting(Heading::id).doesNotHaveDuplicates().startsWith("a", "a-1");
    }

    @Test
    void titleHeadingDoesNotUseUpItsId() {
        ParsedArticle a = parse("# Intro\n\n## Intro\n");
        assertThat(a.headings()).extracting(Heading::id).containsExactly("intro");
    }

    @Test
    void headingTextIsPlainAndIdIsItsSlug() {
        ParsedArticle a = parse("Text\n\n## The *big* `idea`, explained!\n\n## ???\n");
        assertThat(a.headings()).extracting(Heading::text, Heading::id).containsExactly(
                tuple("The big idea, explained!", "the-big-idea-explained"),
                tuple("???", "section"));
    }

    @Test
    void headingTextIsWhatFlexmarkCollectsFromTheHeading() {
        // plain headings take a shortcut; it must give what the text-collecting visitor gives
        String markdown = String.join("\n\n", "# Plain title", "## Trailing spaces   ", "### With *emphasis*",
                "## Escaped \\*star\\*", "## Entity &amp; more", "## `code` first", "## [[Page|label]] link",
                "## Tabs\tinside", "Setext\n======", "## Unicode é ≠", "##   ", "## Hash # inside ##");
        List<com.vladsch.flexmark.ast.Heading> headings = new java.util.ArrayList<>();
        Markdown.parse(markdown).getDescendants().forEach(n -> {
            if (n instanceof com.vladsch.flexmark.ast.Heading h) headings.add(h);
        });
        assertThat(headings).hasSize(12);
        for (com.vladsch.flexmark.ast.Heading h : headings) {
            String collected = new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(h).strip();
            assertThat(ArticleParser.headingText(h)).as(h.getChars().toString()).isEqualTo(collected);
        }
    }

    @Test
    void headingIdsAreKeyedByTheHeadingsOffsetInTheBody() {
        String body = "Text\n\n## Part\n";
        ParsedArticle a = parse("---\ntitle: T\n---\n" + body);
        assertThat(a.headingIds()).containsExactly(Map.entry(body.indexOf("## Part"), "part"));
    }

    // ---------------------------------------------------------------- link positions

    @Test
    void linkPositionsCountFrontMatterLinesAndPointAtTheFirstCharacter() {
        ParsedArticle a = parse("""
                ---
                title: T
                ---
                - item [[A]]
                  - nested [b](b.md#part)

                | col | col2 |
                |-----|------|
                | x [[C]] | ![[E]] |

                > quote [[D#H]]
                > more [[#Local]]

                Text[^1]

                [^1]: note [[F]]

                Term
                : def [[G]]
                """);
        assertThat(a.links()).extracting(LinkRef::kind, LinkRef::target, l -> l.pos().toString()).containsExactly(
                tuple(LinkKind.WIKI, "A", "src/page.md:4:8"),
                tuple(LinkKind.MARKDOWN, "b.md", "src/page.md:5:12"),
                tuple(LinkKind.WIKI, "C", "src/page.md:9:5"),
                tuple(LinkKind.EMBED, "E", "src/page.md:9:13"),
                tuple(LinkKind.WIKI, "D", "src/page.md:11:9"),
                tuple(LinkKind.WIKI, "", "src/page.md:12:8"),
                tuple(LinkKind.WIKI, "F", "src/page.md:16:12"),
                tuple(LinkKind.WIKI, "G", "src/page.md:19:7"));
    }

    @Test
    void linkOffsetIsRelativeToTheBody() {
        String body = "Go to [[Target]].\n";
        ParsedArticle a = parse("---\ntitle: T\n---\n" + body);
        assertThat(a.links()).singleElement().satisfies(l -> assertThat(l.offset()).isEqualTo(body.indexOf("[[")));
    }

    @Test
    void linksInsideEmphasisAndHeadingsAreCollected() {
        ParsedArticle a = parse("Text\n\n## See [[Heading link]]\n\n**bold [[Bold]]** and _[x](x.md)_\n");
        assertThat(a.links()).extracting(LinkRef::target, l -> l.pos().toString()).containsExactly(
                tuple("Heading link", "src/page.md:3:8"),
                tuple("Bold", "src/page.md:5:8"),
                tuple("x.md", "src/page.md:5:24"));
    }

    @Test
    void linksInCodeAreNotCollected() {
        ParsedArticle a = parse("`[[Code]]` and `[c](code.md)`\n\n```\n[[Fenced]] [f](fenced.md)\n```\n\n    [[Indented]]\n");
        assertThat(a.links()).isEmpty();
    }

    // ---------------------------------------------------------------- wikilink forms

    @Test
    void wikilinkFormsAreSplitIntoTargetAndAnchor() {
        ParsedArticle a = parse("[[Target]] [[Target|a label]] [[Target#Some heading]] [[#Local heading]] ![[Embedded]] [[ Spaced | x ]]\n");
        assertThat(a.links()).extracting(LinkRef::kind, LinkRef::target, LinkRef::anchor).containsExactly(
                tuple(LinkKind.WIKI, "Target", ""),
                tuple(LinkKind.WIKI, "Target", ""),
                tuple(LinkKind.WIKI, "Target", "Some heading"),
                tuple(LinkKind.WIKI, "", "Local heading"),
                tuple(LinkKind.EMBED, "Embedded", ""),
                tuple(LinkKind.WIKI, "Spaced", ""));
        assertThat(positions(a)).containsExactly(
                "src/page.md:1:1", "src/page.md:1:12", "src/page.md:1:31", "src/page.md:1:55", "src/page.md:1:74", "src/page.md:1:88");
    }

    @Test
    void wikilinkWithLabelAndAnchor() {
        ParsedArticle a = parse("[[Target#Part|the part]]\n");
        assertThat(a.links()).extracting(LinkRef::target, LinkRef::anchor).containsExactly(tuple("Target", "Part"));
    }

    // ---------------------------------------------------------------- Markdown links

    @Test
    void markdownLinkIsSplitIntoTargetAndAnchorAndDecoded() {
        ParsedArticle a = parse("[x](a.md#part) [y](My%20Page.md#Part%20One) [z](c++.md) [q](dir/file.md?v=1#frag) [w](#Local%20Part) ![i](img/pic%201.png)\n");
        assertThat(a.links()).extracting(LinkRef::kind, LinkRef::target, LinkRef::anchor).containsExactly(
                tuple(LinkKind.MARKDOWN, "a.md", "part"),
                tuple(LinkKind.MARKDOWN, "My Page.md", "Part One"),
                tuple(LinkKind.MARKDOWN, "c++.md", ""),
                tuple(LinkKind.MARKDOWN, "dir/file.md", "frag"),
                tuple(LinkKind.MARKDOWN, "", "Local Part"),
                tuple(LinkKind.IMAGE, "img/pic 1.png", ""));
    }

    @Test
    void markdownLinkWithTitleKeepsOnlyTheUrl() {
        ParsedArticle a = parse("[y](b.md \"A title\")\n");
        assertThat(a.links()).extracting(LinkRef::target, LinkRef::anchor).containsExactly(tuple("b.md", ""));
    }

    @Test
    void externalLinksAreNotCollected() {
        ParsedArticle a = parse("""
                [web](http://example.com/a.md) [tls](https://example.com) [mail](mailto:a@example.com)
                [proto](//example.com/x.md) [abs](/absolute/x.md) [tel](tel:+123) ![remote](https://example.com/i.png)
                <https://auto.example.com> www.example.com [empty]()

                [kept](kept.md)
                """);
        assertThat(a.links()).extracting(LinkRef::target, l -> l.pos().toString())
                .containsExactly(tuple("kept.md", "src/page.md:5:1"));
    }

    @Test
    void referenceStyleLinksAreCollected() {
        ParsedArticle a = parse("See [other][r] and ![pic][p].\n\n[r]: other.md#part\n[p]: pic.png\n");
        assertThat(a.links()).extracting(LinkRef::kind, LinkRef::target, LinkRef::anchor, l -> l.pos().toString())
                .containsExactly(
                        tuple(LinkKind.MARKDOWN, "other.md", "part", "src/page.md:1:5"),
                        tuple(LinkKind.IMAGE, "pic.png", "", "src/page.md:1:20"));
    }

    @Test
    void linkWithSpacesInAngleBracketsIsCollected() {
        ParsedArticle a = parse("[x](<My Page.md>)\n");
        assertThat(a.links()).extracting(LinkRef::target).containsExactly("My Page.md");
    }

    // ---------------------------------------------------------------- files

    @Test
    void nonUtf8FileIsReportedAsEncodingError() throws IOException {
        SourceFile f = file("latin1.md", "Caf\u00e9 [[Link]]\n".getBytes(StandardCharsets.ISO_8859_1));
        Optional<ParsedArticle> a = parser.parse(f, diagnostics);
        assertThat(a).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "src/latin1.md: error: file is not valid UTF-8; save the file as UTF-8 [page.encoding]");
    }

    @Test
    void aBlockTheMarkdownParserFailsOnIsAnErrorAtThatBlockNotACrash() throws IOException {
        // flexmark 0.64.8 indexes past a line on this table (tab-indented lines): the build must say where, and go on
        String md = "---\ntitle: Odd table\n---\n|\n\t---  |\n|\n\ta[^1]   \t|\n\nMore text.\n";
        assertThatThrownBy(() -> Markdown.parse(md.substring(md.indexOf("|")))).isInstanceOf(RuntimeException.class);
        SourceFile f = file("odd.md", md.getBytes(StandardCharsets.UTF_8));
        assertThat(parser.parse(f, diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("page.unparsable");
            assertThat(d.pos().toString()).isEqualTo("src/odd.md:4:1");
            assertThat(d.format()).contains("error:", "indented with tabs");
        });
    }

    @Test
    void missingFileIsReportedAsUnreadable() {
        SourceFile f = new SourceFile(dir.resolve("gone.md"), "gone.md", "src/gone.md");
        assertThat(parser.parse(f, diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("page.unreadable");
            assertThat(d.pos().toString()).isEqualTo("src/gone.md");
        });
    }

    @Test
    void utf8FileIsRead() throws IOException {
        SourceFile f = file("cafe.md", "# Caf\u00e9 \u65e5\u672c\n\n[[Link]]\n".getBytes(StandardCharsets.UTF_8));
        ParsedArticle a = parser.parse(f, diagnostics).orElseThrow();
        assertThat(a.title()).isEqualTo("Caf\u00e9 \u65e5\u672c");
        assertThat(positions(a)).containsExactly("src/cafe.md:3:1");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void windowsLineEndingsGiveTheSamePositionsAsUnix() throws IOException {
        String unix = "---\ntitle: T\norder: soon\n---\nText\n\n- see [[A]] and [b](b.md)\n";
        ParsedArticle lf = parser.parse(file("lf.md", unix.getBytes(StandardCharsets.UTF_8)), diagnostics).orElseThrow();
        ParsedArticle crlf = parser.parse(file("crlf.md", unix.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)), diagnostics)
                .orElseThrow();
        assertThat(positions(lf)).containsExactly("src/lf.md:7:7", "src/lf.md:7:17");
        assertThat(positions(crlf)).containsExactly("src/crlf.md:7:7", "src/crlf.md:7:17");
        assertThat(crlf.title()).isEqualTo("T");
        assertThat(diagnostics.sorted()).extracting(d -> d.pos().toString()).containsExactly("src/crlf.md:3:8", "src/lf.md:3:8");
    }

    @Test
    void byteOrderMarkWithFrontMatterKeepsPositions() throws IOException {
        byte[] bytes = ("\uFEFF---\ntitle: T\n---\n[[A]]\n").getBytes(StandardCharsets.UTF_8);
        ParsedArticle a = parser.parse(file("bom.md", bytes), diagnostics).orElseThrow();
        assertThat(a.title()).isEqualTo("T");
        assertThat(positions(a)).containsExactly("src/bom.md:4:1");
    }

    @Test
    void byteOrderMarkDoesNotShiftColumnsOfTheFirstLine() throws IOException {
        byte[] bytes = ("\uFEFF[[A]] and # no\n").getBytes(StandardCharsets.UTF_8);
        ParsedArticle a = parser.parse(file("bom.md", bytes), diagnostics).orElseThrow();
        assertThat(positions(a)).containsExactly("src/bom.md:1:1");
    }

    @Test
    void byteOrderMarkDoesNotHideTheTitleHeading() throws IOException {
        byte[] bytes = ("\uFEFF# Title with BOM\n\nText\n").getBytes(StandardCharsets.UTF_8);
        ParsedArticle a = parser.parse(file("bom.md", bytes), diagnostics).orElseThrow();
        assertThat(a.title()).isEqualTo("Title with BOM");
        assertThat(a.headings()).isEmpty();
    }

    @Test
    void frontMatterProblemsDoNotStopTheArticle() {
        ParsedArticle a = parse("---\ntitle: [x]\n---\n# Heading title\n\n[[A]]\n");
        assertThat(a.title()).isEqualTo("Heading title");
        assertThat(positions(a)).containsExactly("src/page.md:6:1");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::rule).containsExactly("frontmatter.invalid");
    }
}
