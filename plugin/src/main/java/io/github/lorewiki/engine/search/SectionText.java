package io.github.lorewiki.engine.search;

import java.util.Arrays;

/**
 * The text of one section as it is read, with each run of white space made one space on the way in
 * (none at either end), so no second pass over it is needed. It also counts the characters as read,
 * before squashing: the read budget of a section is measured in those.
 */
final class SectionText {
    private char[] text = new char[256];
    private int length;
    private char[] piece = new char[256];
    private int read;
    private boolean space;

    /** Characters appended so far, white space included. */
    int read() {
        return read;
    }

    void append(char c) {
        read++;
        if (blank(c)) {
            space = length > 0;
        } else {
            room(2);
            if (space) text[length++] = ' ';
            space = false;
            text[length++] = c;
        }
    }

    /** Appends a piece of text; it is copied out in bulk first, as reading it char by char costs more. */
    void append(CharSequence s) {
        String str = s.toString();
        int n = str.length();
        if (piece.length < n) piece = new char[Math.max(n, piece.length * 2)];
        str.getChars(0, n, piece, 0);
        read += n;
        room(2 * n);
        char[] t = text;
        int len = length;
        boolean sp = space;
        for (int i = 0; i < n; i++) {
            char c = piece[i];
            if (blank(c)) {
                sp = len > 0;
            } else {
                if (sp) t[len++] = ' ';
                sp = false;
                t[len++] = c;
            }
        }
        length = len;
        space = sp;
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
        read = 0;
        space = false;
        return s;
    }
}
