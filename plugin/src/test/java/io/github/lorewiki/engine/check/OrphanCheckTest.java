package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OrphanCheckTest {
    @TempDir
    Path dir;

    @Test
    void articleNoOtherPageLinksToIsAnOrphan() {
        BuildResult r = CheckRun.check(dir, """
                -- a.md --
                # A
                See [[B]].
                -- b.md --
                # B
                Back to [[A]].
                -- c.md --
                # C
                On to [[A]].
                """);
        assertThat(CheckRun.lines(r, "page.orphan")).containsExactly(
                "src/c.md: warning: no other page links to 'C'; link to it from a related page or from its folder's index.md [page.orphan]");
    }

    @Test
    void linksFromAFolderIndexAndMarkdownLinksCount() {
        BuildResult r = CheckRun.check(dir, """
                -- topics/index.md --
                # Topics
                Start with [[A]].
                -- topics/a.md --
                # A
                Then [B](b.md).
                -- topics/b.md --
                # B
                Back to [[A]].
                """);
        assertThat(CheckRun.lines(r, "page.orphan")).isEmpty();
    }

    @Test
    void folderIndexesAndTheHomePageAreExempt() {
        BuildResult r = CheckRun.check(dir, """
                -- index.md --
                # Home
                Nothing links here.
                -- topics/index.md --
                # Topics
                Nothing links here either.
                """);
        assertThat(CheckRun.lines(r, "page.orphan")).isEmpty();
    }

    @Test
    void linksToItselfAndFromDraftsDoNotCount() {
        BuildResult r = CheckRun.check(dir, """
                -- a.md --
                # A
                See [[#Details]] and [[A]] and [[B]].
                ## Details
                -- b.md --
                # B
                Back to [[A]].
                -- draft.md --
                ---
                draft: true
                ---
                # Draft
                Soon about [[C]].
                -- c.md --
                # C
                Text about [[A]].
                """);
        assertThat(CheckRun.lines(r, "page.orphan")).containsExactly(
                "src/c.md: warning: no other page links to 'C'; link to it from a related page or from its folder's index.md [page.orphan]");
    }

    @Test
    void aLinkWithAWrongAnchorStillLeadsToThePage() {
        BuildResult r = CheckRun.check(dir, """
                -- a.md --
                # A
                See [[B#Nowhere]].
                -- b.md --
                # B
                Back to [[A]].
                """);
        assertThat(CheckRun.lines(r, "page.orphan")).isEmpty();
        assertThat(CheckRun.lines(r, "link.anchor")).hasSize(1);
    }
}
