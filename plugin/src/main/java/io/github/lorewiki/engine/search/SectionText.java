package io.github.lorewiki.engine.search;

import java.util.Arrays;

/**
 * The text of one section as it is read, with each run of white space made one space on the way in (none at
 * either end), so no second pass over it is needed. It holds at most a given number of words, the most a
 * section can keep of the page's word budget, and ignores what follows them: a large wiki keeps a few dozen
 * words per page, and reading whole articles for them cost ~10 % of a build.
 */
final class SectionText {
    private final int maxWords;
    private char[] text = new char[256];
    private int length;
    private int words;
    private boolean space;
    private boolean full;

    SectionText(int maxWords) {
        this.maxWords = maxWords;
    }

    /** Whether the section holds its most words and a next one was met: nothing more is taken. */
    boolean full() {
        return full;
    }

    /** Ends a word, as white space does (a line break, the end of a block). */
    void space() {
        space = length > 0;
    }

    void append(CharSequence s) {
        String str = s.toString();
        append(str, 0, str.length(), false);
    }

    /**
     * Appends {@code s[from, to)} when it holds no backslash, '&' or NUL, which would need resolving first (then
     * false, nothing appended): most text is appended straight from the article's source this way.
     */
    boolean appendPlain(String s, int from, int to) {
        return append(s, from, to, true);
    }

    private boolean append(String s, int from, int to, boolean plainOnly) {
        if (full) return true;
        room(2 * (to - from));
        char[] t = text;
        int len = length;
        int w = words;
        boolean sp = space;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x80 || c == '\\' || c == '&') {
                if (plainOnly && (c == '\\' || c == '&' || c == 0)) return false;
                if (blank(c)) {
                    sp = len > 0;
                    continue;
                }
            }
            if (sp || len == 0) { // a word starts
                if (w == maxWords) {
                    full = true;
                    break;
                }
                w++;
                if (sp) t[len++] = ' ';
                sp = false;
            }
            t[len++] = c;
        }
        length = len;
        words = w;
        space = sp;
        return true;
    }

    /** White space as {@code Character.isWhitespace} or {@code isSpaceChar} sees it, tested cheaply for ASCII. */
    private static boolean blank(char c) {
        if (c > ' ') return c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c));
        return c == ' ' || (c >= '\t' && c <= '\r') || c >= 0x1C;
    }

    private void room(int more) {
        if (length + more > text.length) text = Arrays.copyOf(text, Math.max(text.length * 2, length + more));
    }

    /** The squashed text so far; the buffer is emptied for the next section. */
    String take() {
        String s = new String(text, 0, length);
        length = 0;
        words = 0;
        space = false;
        full = false;
        return s;
    }
}
