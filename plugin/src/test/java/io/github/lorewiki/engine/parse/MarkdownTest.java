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
}
