package io.github.lorewiki.engine.render;

/**
 * Text escaped for HTML content and attribute values as flexmark's writer escapes it ({@code & < > "}), without
 * its regular expressions. Outside preformatted text flexmark's writer also drops the spaces that start a line;
 * the {@code lineStart} variants do the same when they write straight into a page.
 */
final class HtmlText {
    private HtmlText() {
    }

    static StringBuilder escape(String s, StringBuilder sb) {
        return escape(s, 0, s.length(), false, sb);
    }

    /**
     * Escapes {@code s[from, to)} into {@code out}.
     *
     * @param dropLineStartSpaces whether {@code out} is the page itself, whose lines lose their leading spaces
     */
    static StringBuilder escape(String s, int from, int to, boolean dropLineStartSpaces, StringBuilder out) {
        boolean lineStart = dropLineStartSpaces && atLineStart(out);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (lineStart && c == ' ') continue;
            lineStart = dropLineStartSpaces && c == '\n';
            appendEscaped(c, out);
        }
        return out;
    }

    /**
     * {@link #escape} in one pass when {@code s[from, to)} holds nothing to resolve first (no backslash escape, no
     * entity, no carriage return): then true; else false, with {@code out} as it was.
     */
    static boolean escapeIfPlain(String s, int from, int to, boolean dropLineStartSpaces, StringBuilder out) {
        int mark = out.length();
        boolean lineStart = dropLineStartSpaces && atLineStart(out);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\r' || c == '&') {
                out.setLength(mark);
                return false;
            }
            if (lineStart && c == ' ') continue;
            lineStart = dropLineStartSpaces && c == '\n';
            appendEscaped(c, out);
        }
        return true;
    }

    private static boolean atLineStart(StringBuilder out) {
        return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
    }

    private static void appendEscaped(char c, StringBuilder out) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            default -> out.append(c);
        }
    }
}
