package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmptyPageCheckTest {
    @TempDir
    Path dir;

    @Test
    void pagesWithOnlyATitleFrontMatterHeadingsOrCommentsAreEmpty() {
        BuildResult r = CheckRun.check(dir, """
                -- title-only.md --
                # Title only
                -- front-matter-only.md --
                ---
                title: Front matter only
                summary: A summary is not the page.
                ---
                -- headings-only.md --
                # Headings only

                ## To do

                ### Later
                -- comment-only.md --
                <!-- write this page -->

                ---

                [ref]: https://example.org
                -- blank.md --

                -- empty-table.md --
                # Empty table

                | |
                |---|
                """);
        assertThat(CheckRun.lines(r, "page.empty")).containsExactly(
                "src/blank.md: warning: 'Blank' has no content; write it, or mark it 'draft: true' until it is ready [page.empty]",
                "src/comment-only.md: warning: 'Comment only' has no content; write it, or mark it 'draft: true' until it is ready [page.empty]",
                "src/empty-table.md: warning: 'Empty table' has no content; write it, or mark it 'draft: true' until it is ready [page.empty]",
                "src/front-matter-only.md: warning: 'Front matter only' has no content; write it, or mark it 'draft: true' until it is ready [page.empty]",
                "src/headings-only.md: warning: 'Headings only' has no content; write it, or mark it 'draft: true' until it is ready [page.empty]",
                "src/title-only.md: warning: 'Title only' has no content; write it, or mark it 'draft: true' until it is ready [page.empty]");
    }

    @Test
    void anyTextAnImageAnEmbedOrHtmlIsContent() {
        BuildResult r = CheckRun.check(dir, """
                -- text.md --
                # Text
                One word.
                -- image.md --
                # Image
                ![](picture.png)
                -- embed.md --
                # Embed
                ![[Text]]
                -- html.md --
                # Html
                <div class="figure"></div>
                -- list.md --
                # List
                - [[Text]]
                -- picture.png --
                not really a picture
                """);
        assertThat(CheckRun.lines(r, "page.empty")).isEmpty();
    }

    @Test
    void folderIndexesAndDraftsAreExempt() {
        BuildResult r = CheckRun.check(dir, """
                -- index.md --
                # Home
                -- topics/index.md --
                # Topics
                -- topics/draft.md --
                ---
                draft: true
                ---
                -- topics/a.md --
                # A
                Text.
                """);
        assertThat(CheckRun.lines(r, "page.empty")).isEmpty();
    }
}
