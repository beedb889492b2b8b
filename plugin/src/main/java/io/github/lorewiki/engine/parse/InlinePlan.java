package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.parser.LinkRefProcessor;

import java.util.Arrays;

/**
 * The inline nodes of one block of plain prose, read in one pass over the source string: text runs,
 * line breaks, code spans, emphasis and strikethrough around plain text, wikilinks and footnote
 * references. {@link #read} answers false as soon as the text holds anything it does not settle the
 * way CommonMark and flexmark do for certain; the block then goes to flexmark's full parser.
 * Reused per parser (one per thread): {@link #read} starts over.
 */
final class InlinePlan {
    static final byte TEXT = 0, SOFT_BREAK = 1, HARD_BREAK = 2, CODE = 3, EMPHASIS = 4, STRONG = 5,
            STRIKETHROUGH = 6, WIKILINK = 7, FOOTNOTE = 8;

    /** Picks flexmark's link-ref processor for {@code [^note]} or {@code [[page]]} at [start, end). */
    interface LinkRefs {
        LinkRefProcessor find(int start, int end, boolean nested);
    }

    private byte[] kinds = new byte[32];
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private LinkRefProcessor[] refs = new LinkRefProcessor[32];
    private int size;

    int size() {
        return size;
    }

    byte kind(int k) {
        return kinds[k];
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    LinkRefProcessor ref(int k) {
        return refs[k];
    }

    /**
     * Plans the inline nodes of {@code s} between {@code from} and {@code to} (the block's trimmed
     * content); {@code plain[c]} tells which ASCII characters start nothing.
     */
    boolean read(String s, int from, int to, boolean[] plain, LinkRefs linkRefs) {
        clear();
        return append(s, from, to, '\n', '\n', plain, linkRefs);
    }

    void clear() {
        Arrays.fill(refs, 0, size, null); // keep no processor of an earlier document
        size = 0;
    }

    /**
     * Plans the nodes of one more piece of text after those planned so far: a table cell's content.
     * {@code before} and {@code after} are the characters flexmark sees around it when it decides
     * whether a delimiter run at its edges may open or close ('\n' at the ends of what it parses).
     * On false what was added is of no use.
     */
    boolean append(String s, int from, int to, char before, char after, boolean[] plain, LinkRefs linkRefs) {
        int text = from;      // start of the pending text run
        int openAt = -1;      // a delimiter run waiting for its closer
        int openLength = 0;
        char openChar = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c >= 128 || plain[c]) {
                i++;
                continue;
            }
            switch (c) {
                case '\n' -> {
                    if (openAt >= 0) return false; // emphasis over a line break: flexmark's
                    int j = i;
                    while (j > text && s.charAt(j - 1) == ' ') j--;
                    // flexmark trims trailing spaces and then any other white space before them
                    if (j < i && j > text && s.charAt(j - 1) <= ' ') return false;
                    if (j > text) add(TEXT, text, j, null);
                    if (i - j >= 2) add(HARD_BREAK, j, i + 1, null);
                    else add(SOFT_BREAK, i, i + 1, null);
                    i++;
                    while (i < to && s.charAt(i) == ' ') i++; // the next line's indent is not text
                    text = i;
                }
                case '`' -> {
                    if (openAt >= 0) return false;
                    int ticks = run(s, i, to, '`');
                    int close = closingTicks(s, i + ticks, to, ticks);
                    if (close < 0) return false;
                    if (i > text) add(TEXT, text, i, null);
                    add(CODE, i, close + ticks, null);
                    i = close + ticks;
                    text = i;
                }
                case '*', '~' -> {
                    int n = run(s, i, to, c);
                    if (c == '~' ? n != 2 : n > 2) return false;
                    char b = i == from ? before : s.charAt(i - 1);
                    char a = i + n == to ? after : s.charAt(i + n);
                    if (b >= 128 || a >= 128) return false; // Unicode punctuation and spaces: flexmark's
                    boolean left = !space(a) && (!punctuation(a) || space(b) || punctuation(b));
                    boolean right = !space(b) && (!punctuation(b) || space(a) || punctuation(a));
                    if (left == right) return false; // both or neither: the harder rules
                    if (left) {
                        if (openAt >= 0) return false; // nesting
                        openAt = i;
                        openLength = n;
                        openChar = c;
                    } else if (openAt >= 0) {
                        if (openChar != c || openLength != n) return false;
                        if (openAt > text) add(TEXT, text, openAt, null);
                        add(c == '~' ? STRIKETHROUGH : n == 2 ? STRONG : EMPHASIS, openAt, i + n, null);
                        openAt = -1;
                        text = i + n;
                    }
                    // a closer with nothing open stays text
                    i += n;
                }
                case '[' -> {
                    if (openAt >= 0) return false;
                    int end = linkRefEnd(s, i, to, plain);
                    if (end < 0) return false;
                    boolean nested = s.charAt(i + 1) == '[';
                    LinkRefProcessor processor = linkRefs.find(i, end, nested);
                    if (processor == null) return false;
                    if (i > text) add(TEXT, text, i, null);
                    add(nested ? WIKILINK : FOOTNOTE, i, end, processor);
                    i = end;
                    text = i;
                }
                case '!' -> {
                    if (i + 1 < to && s.charAt(i + 1) == '[') return false; // an image
                    i++;
                }
                default -> {
                    return false;
                }
            }
        }
        if (text < to) add(TEXT, text, to, null);
        return true;
    }

    /** The end of {@code [^label]} or {@code [[label]]} at {@code i} with a plain label, else -1. */
    private static int linkRefEnd(String s, int i, int to, boolean[] plain) {
        if (i + 2 >= to) return -1;
        boolean nested = s.charAt(i + 1) == '[';
        if (!nested && s.charAt(i + 1) != '^') return -1; // a link or a reference: flexmark's
        int label = i + 2;
        int k = label;
        while (k < to) {
            char d = s.charAt(k);
            if (d == ']') break;
            if (d < 128 && !plain[d]) return -1;
            k++;
        }
        if (k >= to || k == label) return -1;
        int end = k + 1;
        if (nested) {
            if (end >= to || s.charAt(end) != ']' || s.charAt(label) == '^') return -1;
            end++;
        }
        // what follows a closing bracket may turn it into something else
        if (end < to) {
            char d = s.charAt(end);
            if (d == ']' || d == '[' || d == '(') return -1;
        }
        return end;
    }

    /** Where the run of exactly {@code ticks} backticks closing a code span starts, or -1. */
    private static int closingTicks(String s, int from, int to, int ticks) {
        int j = from;
        while (j < to) {
            char d = s.charAt(j);
            if (d == '`') {
                int m = run(s, j, to, '`');
                if (m == ticks) return j;
                j += m;
            } else if (d == '\n' || d == '\r') {
                return -1; // a code span over lines: flexmark's
            } else {
                j++;
            }
        }
        return -1;
    }

    /** How many of {@code c} follow one another from {@code i}. */
    static int run(String s, int i, int to, char c) {
        int j = i;
        while (j < to && s.charAt(j) == c) j++;
        return j - i;
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean punctuation(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private void add(byte kind, int start, int end, LinkRefProcessor ref) {
        if (size == kinds.length) {
            int n = size * 2;
            kinds = Arrays.copyOf(kinds, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            refs = Arrays.copyOf(refs, n);
        }
        kinds[size] = kind;
        starts[size] = start;
        ends[size] = end;
        refs[size] = ref;
        size++;
    }
}
