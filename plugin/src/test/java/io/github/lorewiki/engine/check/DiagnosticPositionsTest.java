package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.Fixture;
import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every diagnostic points at the character where the problem starts in the user's file (1-based line and
 * column, front matter included), wherever the link sits in the Markdown structure.
 */
class DiagnosticPositionsTest {
    @TempDir
    Path dir;

    private static final String TARGET = """
            -- target.md --
            # Target
            See [[Page]].
            ## Known
            """;

    private BuildResult check(String page) {
        return CheckRun.check(dir, TARGET + "-- page.md --\n" + page);
    }

    private static SourcePos only(BuildResult r, String rule) {
        assertThat(r.diagnostics()).filteredOn(d -> d.rule().equals(rule)).hasSize(1);
        return r.diagnostics().stream().filter(d -> d.rule().equals(rule)).map(Diagnostic::pos).findFirst().orElseThrow();
    }

    @Test
    void linkInATableCell() {
        BuildResult r = check("""
                # Page
                [[Target]]

                | a | b |
                |---|---|
                | 1 | 2 |
                | x | yy [[Missing]] |
                """);
        assertThat(only(r, "link.unresolved")).isEqualTo(new SourcePos("src/page.md", 7, 10));
    }

    @Test
    void linksInNestedAndOrderedListsAndQuotes() {
        BuildResult r = check("""
                # Page
                [[Target]]

                - one
                  - two [[Target#Nowhere]]
                3. three
                   10. ten [gone](gone.md)

                > quoted
                > - ![pic](pic.png)
                """);
        assertThat(only(r, "link.anchor")).isEqualTo(new SourcePos("src/page.md", 5, 9));
        assertThat(only(r, "link.file")).isEqualTo(new SourcePos("src/page.md", 7, 12));
        assertThat(only(r, "link.image")).isEqualTo(new SourcePos("src/page.md", 10, 5));
    }

    @Test
    void linkInAFootnoteDefinition() {
        BuildResult r = check("""
                # Page
                A claim[^note] about [[Target]].

                [^note]: Shown in [[Target#Knwon]],
                    continued on [[Missing]].
                """);
        assertThat(only(r, "link.anchor")).isEqualTo(new SourcePos("src/page.md", 4, 19));
        assertThat(only(r, "link.unresolved")).isEqualTo(new SourcePos("src/page.md", 5, 18));
    }

    @Test
    void linksAfterFrontMatterCountItsLines() {
        BuildResult r = check("""
                ---
                title: Page
                aliases:
                  - Other name
                ---
                [[Target]] and [[Missing]]
                """);
        assertThat(only(r, "link.unresolved")).isEqualTo(new SourcePos("src/page.md", 6, 16));
    }

    @Test
    void frontMatterProblemsPointAtTheValue() {
        BuildResult r = check("""
                ---
                title: Page
                tags:
                  - fine
                  - [nested]
                draft: maybe
                ---
                See [[Target]].
                """);
        assertThat(r.diagnostics()).filteredOn(d -> d.rule().equals("frontmatter.invalid"))
                .extracting(Diagnostic::pos)
                .containsExactly(new SourcePos("src/page.md", 5, 5), new SourcePos("src/page.md", 6, 8));
    }

    @Test
    void windowsLineEndingsGiveTheSamePositions() throws IOException {
        Fixture.write(dir.resolve("src"), TARGET);
        Files.writeString(dir.resolve("src/page.md"), "---\r\ntitle: Page\r\n---\r\n[[Target]]\r\n\r\n| a |\r\n|---|\r\n| [[Missing]] |\r\n",
                StandardCharsets.UTF_8);
        BuildResult r = CheckRun.check(dir, "-- unrelated.md --\n# Unrelated\n[[Target]]\n");
        assertThat(only(r, "link.unresolved")).isEqualTo(new SourcePos("src/page.md", 8, 3));
    }
}
