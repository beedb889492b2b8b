package io.github.lorewiki.engine.link;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.Fixture;
import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.model.Article;
import io.github.lorewiki.engine.model.Category;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.parse.ArticleParser;
import io.github.lorewiki.engine.parse.ParsedArticle;
import io.github.lorewiki.engine.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SiteAssemblerTest {
    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();
    private final List<ParsedArticle> pages = new ArrayList<>();
    private final List<SourceFile> assets = new ArrayList<>();

    private void page(String relPath, String text) {
        pages.add(new ArticleParser().parse(new SourceFile(Path.of(relPath), relPath, "src/" + relPath), text, diagnostics));
    }

    private void asset(String relPath) {
        assets.add(new SourceFile(Path.of(relPath), relPath, "src/" + relPath));
    }

    private Site assemble(boolean includeDrafts) {
        return new SiteAssembler("Test wiki", "", includeDrafts).assemble(pages, assets, diagnostics);
    }

    private Site assemble() {
        return assemble(false);
    }

    private List<Diagnostic> withRule(String rule) {
        return diagnostics.sorted().stream().filter(d -> d.rule().equals(rule)).toList();
    }

    // ---------------------------------------------------------------- articles and links

    @Test
    void articlesAreSortedByUrlAndDraftsLeftOut() {
        page("b.md", "# Bee\n");
        page("a/z.md", "# Zed\n");
        page("draft.md", "---\ndraft: true\n---\n# Draft\n");
        Site site = assemble();
        assertThat(site.articles()).extracting(Article::url).containsExactly("a/z.html", "b.html");
        assertThat(site.article("draft.html")).isNull();
    }

    @Test
    void draftsArePublishedWhenIncluded() {
        page("draft.md", "---\ndraft: true\n---\n# Draft\n");
        Site site = assemble(true);
        assertThat(site.articles()).extracting(Article::url, Article::draft).containsExactly(tuple("draft.html", true));
    }

    @Test
    void linksOfADraftAreNotCheckedWhenItIsNotPublished() {
        page("draft.md", "---\ndraft: true\n---\n[[Nowhere]]\n");
        assemble();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void resolvedLinksAreKeyedByTheirOffsetInTheBody() {
        page("target.md", "# Target\n");
        String body = "Text [[Target]] and [[Missing]]\n";
        page("from.md", "---\ntitle: From\n---\n" + body);
        Site site = assemble();
        assertThat(site.links().get("from.html")).containsOnlyKeys(body.indexOf("[[Target"), body.indexOf("[[Missing"));
        assertThat(site.links().get("from.html").get(body.indexOf("[[Target")).targetUrl()).isEqualTo("target.html");
        assertThat(site.links().get("from.html").get(body.indexOf("[[Missing")).isBroken()).isTrue();
    }

    @Test
    void backlinksAreSortedByTitleWithoutSelfLinksOrDuplicates() {
        page("target.md", "# Target\n\nSee [[Target]] and [self](target.md).\n");
        page("z.md", "# zebra\n\n[[Target]] [[Target]]\n");
        page("m.md", "# Mango\n\n[x](target.md)\n");
        page("a.md", "# Apple\n\n[[Target#Nothing]]\n");
        page("broken.md", "# Broken\n\n[[Targett]]\n");
        page("draft.md", "---\ndraft: true\n---\n# Draft\n\n[[Target]]\n");
        asset("doc.pdf");
        page("d.md", "# Docs\n\n[pdf](doc.pdf)\n");
        Site site = assemble();
        assertThat(site.backlinks().get("target.html")).containsExactly("a.html", "m.html", "z.html");
        assertThat(site.backlinks()).doesNotContainKey("doc.pdf");
        assertThat(site.backlinks()).containsOnlyKeys("target.html");
    }

    @Test
    void pageWithoutInboundLinksHasNoBacklinks() {
        page("alone.md", "# Alone\n");
        assertThat(assemble().backlinks()).doesNotContainKey("alone.html");
    }

    // ---------------------------------------------------------------- categories

    @Test
    void foldersBecomeCategoriesWithIndexPagesAndGeneratedTitles() {
        page("index.md", "# Welcome\n");
        page("top.md", "# Top\n");
        page("travel/index.md", "---\ntitle: Journeys\nsummary: Where we went.\n---\n");
        page("travel/paris.md", "# Paris\n");
        page("travel/europe/rome.md", "# Rome\n");
        page("notes_and-ideas/x.md", "# X\n");
        page("deep/er/down.md", "# Down\n");
        Site site = assemble();

        assertThat(site.categories()).extracting(Category::folder).containsExactly(
                "", "deep", "deep/er", "notes_and-ideas", "travel", "travel/europe");

        Category home = site.category("");
        assertThat(home.title()).isEqualTo("Welcome");
        assertThat(home.url()).isEqualTo("index.html");
        assertThat(home.hasIndexArticle()).isTrue();
        assertThat(home.articleUrls()).containsExactly("top.html");
        assertThat(home.subfolders()).containsExactly("deep", "notes_and-ideas", "travel");

        Category travel = site.category("travel");
        assertThat(travel.title()).isEqualTo("Journeys");
        assertThat(travel.summary()).isEqualTo("Where we went.");
        assertThat(travel.hasIndexArticle()).isTrue();
        assertThat(travel.articleUrls()).as("the index is the category page, not a member").containsExactly("travel/paris.html");
        assertThat(travel.subfolders()).containsExactly("travel/europe");

        Category europe = site.category("travel/europe");
        assertThat(europe.title()).isEqualTo("Europe");
        assertThat(europe.hasIndexArticle()).isFalse();
        assertThat(europe.url()).isEqualTo("travel/europe/index.html");
        assertThat(europe.articleUrls()).containsExactly("travel/europe/rome.html");
        assertThat(europe.depth()).isEqualTo(2);
        assertThat(europe.parent()).isEqualTo("travel");

        assertThat(site.category("notes_and-ideas").title()).isEqualTo("Notes and ideas");
        assertThat(site.category("notes_and-ideas").url()).isEqualTo("notes-and-ideas/index.html");
        assertThat(site.category("deep").articleUrls()).isEmpty();
        assertThat(site.category("deep").subfolders()).containsExactly("deep/er");
    }

    @Test
    void homeCategoryIsGeneratedWithoutTopIndex() {
        page("a.md", "# A\n");
        Category home = assemble().category("");
        assertThat(home.title()).isEqualTo("Home");
        assertThat(home.hasIndexArticle()).isFalse();
        assertThat(home.articleUrls()).containsExactly("a.html");
    }

    @Test
    void categoryArticlesAreListedByOrderThenTitle() {
        page("f/c.md", "# charlie\n");
        page("f/a.md", "# Alpha\n");
        page("f/second.md", "---\ntitle: Second\norder: 2\n---\n");
        page("f/first.md", "---\ntitle: Zulu first\norder: 1\n---\n");
        page("f/b.md", "# bravo\n");
        assertThat(assemble().category("f").articleUrls())
                .containsExactly("f/first.html", "f/second.html", "f/a.html", "f/b.html", "f/c.html");
    }

    // ---------------------------------------------------------------- tags

    @Test
    void tagsMapToArticlesSortedByTitle() {
        page("z.md", "---\ntitle: Zeta\ntags: [greek, letters]\n---\n");
        page("a.md", "---\ntitle: Alpha\ntags: [greek]\n---\n");
        page("n.md", "---\ntitle: none\n---\n");
        page("d.md", "---\ntitle: Draft\ntags: [greek, secret]\ndraft: true\n---\n");
        Site site = assemble();
        assertThat(site.tags()).containsOnlyKeys("greek", "letters");
        assertThat(site.tags().get("greek")).containsExactly("a.html", "z.html");
        assertThat(site.tags().get("letters")).containsExactly("z.html");
    }

    @Test
    void tagsDifferingOnlyInCaseAreOneTag() {
        page("a.md", "---\ntitle: A\ntags: [Java]\n---\n");
        page("b.md", "---\ntitle: B\ntags: [java]\n---\n");
        Site site = assemble();
        assertThat(site.tags()).hasSize(1);
        assertThat(site.tags().values()).singleElement().asList().containsExactly("a.html", "b.html");
    }

    @Test
    void tagsThatShareATagPageAreOneTag() {
        page("a.md", "---\ntitle: A\ntags: [Data Science, C++]\n---\n");
        page("b.md", "---\ntitle: B\ntags: [data-science, C]\n---\n");
        Site site = assemble();
        assertThat(site.tags().keySet()).extracting(OutputPaths::tag).doesNotHaveDuplicates();
    }

    // ---------------------------------------------------------------- clashes

    @Test
    void filesDifferingOnlyInCaseCollide() {
        page("A.md", "# Upper\n");
        page("a.md", "# Lower\n");
        Site site = assemble();
        assertThat(withRule("output.collision")).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.pos().toString()).isEqualTo("src/a.md");
            assertThat(d.message()).contains("a.html").contains("src/A.md");
        });
        assertThat(site.articles()).hasSize(1);
    }

    @Test
    void filesDifferingOnlyInUnicodeNormalizationCollide() {
        String nfc = Normalizer.normalize("caf\u00e9.md", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("caf\u00e9.md", Normalizer.Form.NFD);
        assertThat(nfc).isNotEqualTo(nfd);
        page(nfc, "# Composed\n");
        page(nfd, "# Decomposed\n");
        assemble();
        assertThat(withRule("output.collision")).hasSize(1);
    }

    @Test
    void filesWhoseSlugsAreEqualCollide() {
        page("My Page.md", "# One\n");
        page("my-page.md", "# Two\n");
        assemble();
        assertThat(withRule("output.collision")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("my-page.html"));
    }

    @Test
    void assetsDifferingOnlyInCaseCollide() {
        asset("img/Logo.png");
        asset("img/logo.png");
        page("a.md", "# A\n");
        assemble();
        assertThat(withRule("output.collision")).singleElement()
                .satisfies(d -> assertThat(d.pos().toString()).isEqualTo("src/img/logo.png"));
    }

    @Test
    void assetNamedLikeARenderedPageCollides() {
        page("page.md", "# Page\n");
        asset("page.html");
        assemble();
        assertThat(withRule("output.collision")).hasSize(1);
    }

    @Test
    void distinctFilesDoNotCollide() {
        page("a.md", "# A\n");
        page("b/a.md", "# A in b\n");
        asset("a.png");
        assemble();
        assertThat(withRule("output.collision")).isEmpty();
    }

    @Test
    void sharedTitleIsReportedOnBothPages() {
        page("x.md", "# Same\n");
        page("y.md", "---\ntitle: Other\naliases: [same]\n---\n");
        assemble();
        assertThat(withRule("page.duplicate-title")).extracting(d -> d.pos().toString())
                .containsExactly("src/x.md", "src/y.md");
    }

    @Test
    void caseCollisionOnDiskStopsTheBuild() throws Exception {
        Path src = Fixture.write(dir.resolve("src"), """
                -- A.md --
                # Upper
                -- a.md --
                # Lower
                """);
        org.junit.jupiter.api.Assumptions.assumeTrue(count(src) == 2, "file system is case-insensitive");
        BuildResult result = build();
        assertThat(result.written()).isFalse();
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("output.collision")).hasSize(1);
    }

    @Test
    void unicodeNormalizationCollisionOnDiskStopsTheBuild() throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve(Normalizer.normalize("caf\u00e9.md", Normalizer.Form.NFC)), "# Composed\n");
        Files.writeString(src.resolve(Normalizer.normalize("caf\u00e9.md", Normalizer.Form.NFD)), "# Decomposed\n");
        org.junit.jupiter.api.Assumptions.assumeTrue(count(src) == 2, "file system normalizes names");
        BuildResult result = build();
        assertThat(result.written()).isFalse();
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("output.collision")).hasSize(1);
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void articleNamedLikeAGeneratedPageCollides() {
        BuildResult result = Fixture.build(dir, """
                -- a-z.md --
                # My alphabet soup

                Precious content.
                -- 404.md --
                # Not a 404
                """);
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().equals("output.collision"))
                .extracting(d -> d.pos().toString())
                .containsExactlyInAnyOrder("src/a-z.md", "src/404.md");
        assertThat(result.written()).isFalse();
    }

    private static long count(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }

    private BuildResult build() {
        return new io.github.lorewiki.engine.LoreEngine().build(new io.github.lorewiki.engine.BuildRequest(
                dir.resolve("src"), dir.resolve("out"), null, dir, "Test wiki", "", false, 2));
    }
}
