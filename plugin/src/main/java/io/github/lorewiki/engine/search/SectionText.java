package io.github.lorewiki.engine.search;

/**
 * The text of one section as it is read, with each run of white space made one space on the way in
 * (none at either end), so no second pass over it is needed. It also counts the characters as read,
 * before squashing: the read budget of a section is measured in those.
 */
final class SectionText {
    private final StringBuilder sb = new StringBuilder(256);
    private int read;
    private boolean space;

    /** Characters appended so far, white space included. */
    int read() {
        return read;
    }

    void append(char c) {
        read++;
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            space = sb.length() > 0;
        } else {
            if (space) sb.append(' ');
            space = false;
            sb.append(c);
        }
    }

    void append(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) append(s.charAt(i));
    }

    /** The squashed text so far; the buffer is emptied for the next section. */
    String take() {
        String text = sb.toString();
        sb.setLength(0);
        read = 0;
        space = false;
        return text;
    }
}
