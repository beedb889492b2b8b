package io.github.lorewiki.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LoreEngineTest {
    @TempDir
    Path dir;

    @Test
    void unresolvedLinkIsReportedWithLineAndColumnAndSuggestion() {
        BuildResult result = Fixture.build(dir, """
                -- concepts/memory.md --
                ---
                title: Organizational memory
                ---
                Text first.

                Then a broken [[Organisational memry]] link.
                -- other.md --
                # Other
                """);
        assertThat(result.written()).isTrue();
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().startsWith("link.")).extracting(d -> d.format()).containsExactly(
                "src/concepts/memory.md:6:15: warning: unresolved link [[Organisational memry]]; did you mean [[Organizational memory]]? [link.unresolved]");
        assertThat(Fixture.read(dir.resolve("out/concepts/memory.html")))
                .contains("<a class=\"wikilink broken-link\" title=\"No page named “Organisational memry”\"");
    }

    @Test
    void withABaseUrlTheNotFoundPageLinksAbsolutelyAndASitemapIsWritten() {
        Fixture.write(dir.resolve("src"), """
                -- guides/a.md --
                # Alpha
                See [[Beta]].
                -- b.md --
                # Beta
                See [[Alpha]].
                """);
        BuildResult result = new LoreEngine().build(new BuildRequest(dir.resolve("src"), dir.resolve("out"), null, dir,
                "T", "https://wiki.example.org/team", false, 1));
        assertThat(result.written()).isTrue();
        String notFound = Fixture.read(dir.resolve("out/404.html"));
        // a 404 page is served at any address, so relative links would break there
        assertThat(notFound).contains("href=\"https://wiki.example.org/team/index.html\"")
                .contains("href=\"https://wiki.example.org/team/guides/index.html\"")
                .contains("href=\"https://wiki.example.org/team/theme/lore.css\"");
        assertThat(Fixture.read(dir.resolve("out/sitemap.xml")))
                .contains("<loc>https://wiki.example.org/team/guides/a.html</loc>")
                .doesNotContain("404.html");
        // other pages stay relative
        assertThat(Fixture.read(dir.resolve("out/b.html"))).doesNotContain("https://wiki.example.org");
    }
}
