package io.github.lorewiki.engine.render;

/**
 * Text escaped for HTML content and attribute values as flexmark's writer escapes it ({@code & < > "}), without
 * its regular expressions. Outside preformatted text flexmark's writer also drops the spaces that start a line;
 * the {@code lineStart} variants do the same when they write straight into a page.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** {@code s} escaped. */
    static String escape(String s) {
        return escape(s, 0, s.length(), false, new HtmlBuffer(s.length() + 16)).toString();
    }

    /**
     * Escapes {@code s[from, to)} into {@code out}.
     *
     * @param dropLineStartSpaces whether {@code out} is the page itself, whose lines lose their leading spaces
     */
    static HtmlBuffer escape(String s, int from, int to, boolean dropLineStartSpaces, HtmlBuffer out) {
        write(s, from, to, dropLineStartSpaces, false, out);
        return out;
    }

    /**
     * {@link #escape} in one pass when {@code s[from, to)} holds nothing to resolve first (no backslash escape, no
     * entity, no carriage return): then true; else false, with {@code out} as it was.
     */
    static boolean escapeIfPlain(String s, int from, int to, boolean dropLineStartSpaces, HtmlBuffer out) {
        return write(s, from, to, dropLineStartSpaces, true, out);
    }

    /** ASCII characters the loop below looks at: those escaped, those that may stop it, and the two that start or fill a line. */
    private static final boolean[] CARE = new boolean[128];

    static {
        for (char c : "&<>\"\\\r\n ".toCharArray()) CARE[c] = true;
    }

    /**
     * Copies runs of characters that need nothing in one append each, rather than a character at a time.
     *
     * @param plainOnly whether to give up (false, {@code out} as it was) at a backslash, an '&' or a carriage return
     */
    private static boolean write(String s, int from, int to, boolean dropLineStartSpaces, boolean plainOnly, HtmlBuffer out) {
        int mark = out.length();
        boolean lineStart = dropLineStartSpaces && atLineStart(out);
        int run = from; // s[run, i) is still to be written as it is
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 128 || !CARE[c]) {
                lineStart = false;
                continue;
            }
            if (plainOnly && (c == '\\' || c == '\r' || c == '&')) {
                out.setLength(mark);
                return false;
            }
            if (c == ' ') {
                if (lineStart) { // dropped; the line still starts after it
                    out.append(s, run, i);
                    run = i + 1;
                }
                continue;
            }
            if (c == '\n') {
                lineStart = dropLineStartSpaces;
                continue;
            }
            lineStart = false;
            String entity = entity(c);
            if (entity == null) continue; // a backslash or carriage return, written as it is
            out.append(s, run, i).append(entity);
            run = i + 1;
        }
        out.append(s, run, to);
        return true;
    }

    private static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
        };
    }

    private static boolean atLineStart(HtmlBuffer out) {
        return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
    }
}
