package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {
    private static final HtmlRenderer HTML = HtmlRenderer.builder(Markdown.OPTIONS).build();

    @ParameterizedTest
    @ValueSource(strings = {
            "Visit https://example.org/x today.",
            "Or www.example.org, or WWW.Example.org.",
            "Mail team@example.org now.",
            "Plain text with [[Wiki links]], *emphasis* and a [link](a.md).",
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n\nTerm\n: definition\n\nNote[^1]\n\n[^1]: foot",
            "Dots...everywhere.w.ww.www"})
    void skippingTheAutolinkScanNeverChangesTheResult(String markdown) {
        String fast = HTML.render(Markdown.parse(markdown));
        String full = HTML.render(Markdown.parser().parse(markdown));
        assertThat(fast).isEqualTo(full);
    }

    @ParameterizedTest
    @ValueSource(strings = {"see https://example.org", "see www.example.org", "ask a@b.org"})
    void bareUrlsAndAddressesStillBecomeLinks(String markdown) {
        assertThat(HTML.render(Markdown.parse(markdown))).contains("<a href=");
    }

    @org.junit.jupiter.api.Test
    void nothingOfOneDocumentCarriesIntoTheNextParsedOnTheSameThread() {
        // the inline parser is handed from document to document; what a document defines stays in it
        String first = HTML.render(Markdown.parse("A [ref] and a note[^n] and [[Page]].\n\n[ref]: https://example.org/a\n\n[^n]: First.\n"));
        assertThat(first).contains("href=\"https://example.org/a\"").contains("First.");
        String second = HTML.render(Markdown.parse("A [ref] and another[^m].\n\n[^m]: Second.\n"));
        assertThat(second).doesNotContain("example.org").contains("[ref]").contains("Second.").doesNotContain("First.");
        assertThat(second).isEqualTo(HTML.render(Markdown.parser().parse("A [ref] and another[^m].\n\n[^m]: Second.\n")));
    }
}
