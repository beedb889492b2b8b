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

    /** The most bytes one character can take here: "&quot;". */
    private static final int WIDEST = 6;

    /**
     * Writes the escaped text straight into the buffer's bytes, one pass over the characters.
     *
     * @param plainOnly whether to give up (false, {@code out} as it was) at a backslash, an '&' or a carriage return
     */
    private static boolean write(String s, int from, int to, boolean dropLineStartSpaces, boolean plainOnly, HtmlBuffer out) {
        boolean lineStart = dropLineStartSpaces && out.atLineStart();
        byte[] b = out.reserve(WIDEST * (to - from));
        int n = out.length();
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                lineStart = false;
                char next = i + 1 < to ? s.charAt(i + 1) : 0;
                n = HtmlBuffer.encode(c, next, b, n);
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) i++;
                continue;
            }
            if (!CARE[c]) {
                lineStart = false;
                b[n++] = (byte) c;
                continue;
            }
            if (plainOnly && (c == '\\' || c == '\r' || c == '&')) return false; // nothing committed: out is as it was
            switch (c) {
                case ' ' -> {
                    if (!lineStart) b[n++] = ' '; // else dropped; the line still starts after it
                }
                case '\n' -> {
                    b[n++] = '\n';
                    lineStart = dropLineStartSpaces;
                }
                case '&' -> n = ascii("&amp;", b, n);
                case '<' -> n = ascii("&lt;", b, n);
                case '>' -> n = ascii("&gt;", b, n);
                case '"' -> n = ascii("&quot;", b, n);
                default -> b[n++] = (byte) c; // a backslash or carriage return, written as it is
            }
            if (c != ' ' && c != '\n') lineStart = false;
        }
        out.commit(n);
        return true;
    }

    private static int ascii(String entity, byte[] b, int n) {
        for (int i = 0; i < entity.length(); i++) b[n++] = (byte) entity.charAt(i);
        return n;
    }
}
