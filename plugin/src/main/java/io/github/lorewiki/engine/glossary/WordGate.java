package io.github.lorewiki.engine.glossary;

/**
 * A quick test at the start of a word, before {@link TermMatcher} walks its automaton into it: can any name
 * begin with the word's first three characters (or with the whole word, when it is shorter)? Most words of
 * prose begin no name, and are then skipped with one table look-up instead of a few steps of the automaton.
 * <p>Only words whose first characters are ASCII letters, digits or '_' are tested, and only against the
 * names that begin the same way; for any other word the answer is yes, and the automaton decides. So the
 * test never turns away a word a name could match.
 */
final class WordGate {
    /** The word ended there: an ASCII character that is not a word character, or the end of the text. */
    private static final int END = 0;
    /** A character outside ASCII: not tested. */
    private static final int OTHER = -1;
    /** ASCII word characters numbered 1..37 with case folded ('A' and 'a' alike), other ASCII characters {@link #END}. */
    private static final byte[] CODE = new byte[128];
    private static final int SYMBOLS = 64; // above 37: a power of two, so that three codes make an index by shifts

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            CODE[c] = (byte) (c - 'a' + 1);
            CODE[c - 32] = CODE[c];
        }
        for (char c = '0'; c <= '9'; c++) CODE[c] = (byte) (c - '0' + 27);
        CODE['_'] = 37;
    }

    private final long[] bits = new long[SYMBOLS * SYMBOLS * SYMBOLS / 64]; // a bit by three codes: 32 kB

    /** Notes a name as the automaton sees it ({@link TermMatcher#key}, folded). */
    void add(String key) {
        if (key.length() < 2 || key.charAt(0) != TermMatcher.WORD_START) return; // a name that starts with punctuation never starts at a word
        int a = keyCode(key, 1);
        int b = a <= END ? OTHER : keyCode(key, 2);
        int c = b == END ? END : b < 0 ? OTHER : keyCode(key, 3);
        // a name with other characters among its first three never matches a tested word: those are all ASCII
        if (c >= 0) set(index(a, b, c));
    }

    private static int keyCode(String key, int i) {
        if (i >= key.length()) return END;
        char ch = key.charAt(i);
        return ch < 128 ? CODE[ch] : OTHER;
    }

    /** Whether a name may begin at {@code text[i]}, the first character of a word; false only when none can. */
    boolean mayStart(char[] text, int i, int n) {
        int a = code(text, i, n);
        if (a <= END) return true;
        int b = code(text, i + 1, n);
        if (b < 0) return true;
        int c = b == END ? END : code(text, i + 2, n);
        if (c < 0) return true;
        int at = index(a, b, c);
        return (bits[at >>> 6] & 1L << at) != 0;
    }

    private static int code(char[] text, int i, int n) {
        if (i >= n) return END;
        char ch = text[i];
        return ch < 128 ? CODE[ch] : OTHER;
    }

    private static int index(int a, int b, int c) {
        return (a * SYMBOLS + b) * SYMBOLS + c;
    }

    private void set(int at) {
        bits[at >>> 6] |= 1L << at;
    }
}
