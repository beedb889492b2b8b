package io.github.lorewiki.engine.render;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlTextTest {

    /** The escaper a character at a time, as flexmark's writer does it: the reference the run-copying one must match. */
    private static String reference(String s, int from, int to, boolean dropLineStartSpaces, String before) {
        StringBuilder out = new StringBuilder(before);
        boolean lineStart = dropLineStartSpaces && (out.isEmpty() || out.charAt(out.length() - 1) == '\n');
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (lineStart && c == ' ') continue;
            lineStart = dropLineStartSpaces && c == '\n';
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void escapesAndDropsLineStartSpaces() {
        assertThat(HtmlText.escape("a <b> & \"c\"")).isEqualTo("a &lt;b&gt; &amp; &quot;c&quot;");
        HtmlBuffer page = new HtmlBuffer().append("<p>\n");
        String lines = "  one\n   two \n\tthree";
        HtmlText.escape(lines, 0, lines.length(), true, page);
        assertThat(page.toString()).isEqualTo("<p>\none\ntwo \n\tthree");
        HtmlBuffer out = new HtmlBuffer().append("x");
        assertThat(HtmlText.escapeIfPlain("a \\* b", 0, 6, true, out)).isFalse();
        assertThat(out.toString()).isEqualTo("x");
    }

    @Test
    void agreesWithEscapingACharacterAtATime() {
        String[] alphabet = "a b é \u2014 \u203a \uD83D\uDE00 \n \n < > & \" \\ \r \t ' x".split(" ");
        Random random = new Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) sb.append(random.nextInt(4) == 0 ? " " : alphabet[random.nextInt(alphabet.length)]);
            String s = sb.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            boolean drop = random.nextBoolean();
            String before = random.nextBoolean() ? "<p>\n" : "<p>";
            String expected = reference(s, from, to, drop, before);
            // as bytes: a pair cut in two by from or to is '?' for each half, as in the String's own UTF-8
            assertThat(HtmlText.escape(s, from, to, drop, new HtmlBuffer().append(before)).toBytes()).as(s)
                    .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
            HtmlBuffer plain = new HtmlBuffer(1).append(before); // grows while written
            boolean wrote = HtmlText.escapeIfPlain(s, from, to, drop, plain);
            String part = s.substring(from, to);
            boolean resolvable = part.indexOf('\\') >= 0 || part.indexOf('&') >= 0 || part.indexOf('\r') >= 0;
            assertThat(wrote).as(s).isEqualTo(!resolvable);
            assertThat(plain.toBytes()).as(s).isEqualTo((wrote ? expected : before).getBytes(StandardCharsets.UTF_8));
        }
    }
}
