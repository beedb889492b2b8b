package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.model.Fragment;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryViewsTest {
    private final BodyRenderer bodies = new BodyRenderer();

    @Test
    void aPlainDefinitionSkipsMarkdownButRendersTheSame() {
        for (String text : List.of("What is kept.", "It's \"quoted\" and (bracketed), 50% sure; ok?", "Ökonomie, naïve, 日本語.",
                "  spaced  out  ", "A sentence. Another one, with commas; semicolons", "ends with a period 1.")) {
            assertThat(GlossaryViews.isPlain(text)).as(text).isTrue();
            assertThat(HtmlText.escape(text.strip())).as(text)
                    .isEqualTo(bodies.fragment(new Fragment(text, Map.of()), "glossary.html"));
        }
    }

    @Test
    void anythingMarkdownCouldReadIsRendered() {
        for (String text : List.of("*em*", "a_b", "[[Link]]", "`code`", "a & b", "<b>x</b>", "# heading", "- item", "1. item", "see www.example.com",
                "mail me@example.com", "http://example.com", "line\nbreak", "a | b", "a\\b", "~~x~~", "Title\n===", "")) {
            assertThat(GlossaryViews.isPlain(text)).as(text).isFalse();
        }
    }
}
