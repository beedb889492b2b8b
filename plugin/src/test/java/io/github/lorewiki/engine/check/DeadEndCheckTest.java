package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DeadEndCheckTest {
    @TempDir
    Path dir;

    @Test
    void articleWithoutALinkToAnotherPageIsADeadEnd() {
        BuildResult r = CheckRun.check(dir, """
                -- a.md --
                # A
                See [[B]].
                -- b.md --
                # B
                Text, but no [link](https://example.org) into the wiki.
                """);
        assertThat(CheckRun.lines(r, "page.dead-end")).containsExactly(
                "src/b.md: warning: 'B' links to no other page; link to related pages, so that readers can go on [page.dead-end]");
    }

    @Test
    void linksToFilesToItsOwnHeadingsAndBrokenLinksDoNotCount() {
        BuildResult r = CheckRun.check(dir, """
                -- a.md --
                # A
                See [the data](data.csv), [[#More]] and [[Nowhere]].
                ## More
                -- data.csv --
                x,y
                -- b.md --
                # B
                See [[A]].
                """);
        assertThat(CheckRun.lines(r, "page.dead-end")).containsExactly(
                "src/a.md: warning: 'A' links to no other page; link to related pages, so that readers can go on [page.dead-end]");
    }

    @Test
    void markdownLinksToPagesCount() {
        BuildResult r = CheckRun.check(dir, """
                -- a.md --
                # A
                See [B](b.md#part).
                -- b.md --
                # B
                See [A](a.md).
                ## Part
                """);
        assertThat(CheckRun.lines(r, "page.dead-end")).isEmpty();
    }

    @Test
    void folderIndexesAndEmptyPagesAreExempt() {
        BuildResult r = CheckRun.check(dir, """
                -- index.md --
                # Home
                Welcome, with no link at all.
                -- a.md --
                # A
                -- b.md --
                # B
                See [[A]].
                """);
        assertThat(CheckRun.lines(r, "page.dead-end")).isEmpty();
        assertThat(CheckRun.lines(r, "page.empty")).hasSize(1);
    }
}
