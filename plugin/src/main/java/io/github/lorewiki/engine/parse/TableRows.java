package io.github.lorewiki.engine.parse;

import java.util.Arrays;

/**
 * The rows of one table read into what flexmark's row parse leaves between and around the column
 * separators, as positions in the document's text: a pipe that separates columns, or a segment (all
 * that lies between two such pipes, or before the first, or after the last). flexmark parses a row as
 * one run of inline text in which each '|' that no code span holds becomes a separator, with the spaces
 * and tabs on either side of it kept apart as white space; then it cuts the row into cells at the
 * separators. A segment here is one cell's worth of that: its leading white space, its content, and
 * its trailing white space.
 * <p>
 * {@link #scan} answers {@link #DECLINE} for a row holding what could hide a '|' or a backtick from
 * that simple reading (an escape, HTML or an autolink), a control character, or a '|' in a wikilink
 * other than {@code [[page|label]]}. Links and everything else in a cell are for the cell plan to
 * take or decline ({@link FastInlineParser#planCell}).
 */
final class TableRows {
    static final int DECLINE = -1;
    private static final int PIPE = 0, SEGMENT = 1;
    /** Ints per token: kind, then for a pipe its position, for a segment the fields below. */
    private static final int WIDTH = 7;
    private static final int KIND = 0, LEAD = 1, START = 2, END = 3, TRAIL = 4, PLAN_FROM = 5, PLAN_TO = 6;

    private int[] tokens = new int[WIDTH * 32];
    private int count;
    /** Where each row's tokens end; row {@code r}'s tokens start where those of row {@code r - 1} end. */
    private int[] rowEnds = new int[8];
    private int rows;

    int size() {
        return count;
    }

    /** Ends the row read last: its tokens are those since the row before. */
    void endRow() {
        if (rows == rowEnds.length) rowEnds = Arrays.copyOf(rowEnds, rows * 2);
        rowEnds[rows++] = count;
    }

    /** Drops the tokens read since the last row ended (a line that turned out not to be a row). */
    void dropRow() {
        count = rows == 0 ? 0 : rowEnds[rows - 1];
    }

    int rows() {
        return rows;
    }

    int rowFrom(int row) {
        return row == 0 ? 0 : rowEnds[row - 1];
    }

    int rowTo(int row) {
        return rowEnds[row];
    }

    boolean isPipe(int token) {
        return tokens[token * WIDTH + KIND] == PIPE;
    }

    /** A pipe's position. */
    int pipe(int token) {
        return tokens[token * WIDTH + LEAD];
    }

    /** Where a segment's leading white space starts (its content's start when it has none). */
    int lead(int token) {
        return tokens[token * WIDTH + LEAD];
    }

    int start(int token) {
        return tokens[token * WIDTH + START];
    }

    int end(int token) {
        return tokens[token * WIDTH + END];
    }

    /** Where a segment's trailing white space ends (its content's end when it has none). */
    int trail(int token) {
        return tokens[token * WIDTH + TRAIL];
    }

    /** The planned inline nodes of a segment's content, or -1 for a separator line's cell (one text node). */
    int planFrom(int token) {
        return tokens[token * WIDTH + PLAN_FROM];
    }

    int planTo(int token) {
        return tokens[token * WIDTH + PLAN_TO];
    }

    void setPlan(int token, int from, int to) {
        tokens[token * WIDTH + PLAN_FROM] = from;
        tokens[token * WIDTH + PLAN_TO] = to;
    }

    /**
     * Reads the row {@code s[from, to)} (its line without the line end and without leading and trailing
     * spaces and tabs, as flexmark trims what it parses) into tokens after those read so far. Answers how
     * many column separators flexmark finds in it, counting a '|' inside {@code [[page|label]]} (flexmark
     * makes it a separator and then drops it from the wikilink), or {@link #DECLINE}.
     */
    int scan(String s, int from, int to) {
        int separators = 0;
        int lead = from;  // the current segment's leading white space
        int start = from; // and its content
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == '|') {
                segment(s, lead, start, i);
                add(PIPE, i, 0, 0, 0);
                separators++;
                lead = i + 1;
                i = spacesAndTabs(s, i + 1, to);
                start = i;
            } else if (c == '`') {
                // a code span runs to the next run of as many backticks, over any '|', or the run is text
                int ticks = InlinePlan.run(s, i, to, '`');
                int close = closingTicks(s, i + ticks, to, ticks);
                i = close < 0 ? i + ticks : close + ticks;
            } else if (c == '[' && i + 1 < to && s.charAt(i + 1) == '[') {
                int end = pipedWikiLink(s, i, to);
                if (end == DECLINE) return DECLINE;
                if (end > 0) {
                    separators++;
                    i = end;
                } else {
                    i += 2;
                }
            } else if (c < ' ' && c != '\t' || c == '\\' || c == '<') {
                return DECLINE; // control characters, escapes, HTML and autolinks: flexmark's
            } else {
                i++;
            }
        }
        segment(s, lead, start, to);
        return separators;
    }

    /**
     * At {@code [[} in {@code s[i, to)}: 0 when no '|' comes before the first ']' (nothing to see here),
     * the end of a {@code [[page|label]]} whose pipe is its only one, with something on both sides and
     * no white space after it (flexmark keeps that space inside the wikilink as a white space node), or
     * {@link #DECLINE} for any other '|' there.
     */
    private static int pipedWikiLink(String s, int i, int to) {
        int pipe = -1;
        int k = i + 2;
        for (; k < to; k++) {
            char c = s.charAt(k);
            if (c == ']') break;
            if (c == '|') {
                if (pipe >= 0) return DECLINE;
                pipe = k;
            } else if (c == '[' || c == '`' || c == '\\' || c == '<') {
                return pipe < 0 ? 0 : DECLINE;
            }
        }
        if (pipe < 0) return 0;
        if (k + 1 >= to || s.charAt(k + 1) != ']') return DECLINE;
        if (pipe == i + 2 || pipe + 1 == k || isSpaceOrTab(s.charAt(pipe + 1))) return DECLINE;
        return k + 2;
    }

    /**
     * The segment from {@code lead} (after a pipe) to {@code end} (a pipe or the row's end), its content
     * starting at {@code start}: none when empty, as flexmark then makes no node there.
     */
    private void segment(String s, int lead, int start, int end) {
        if (lead == end) return;
        int contentEnd = end;
        while (contentEnd > start && isSpaceOrTab(s.charAt(contentEnd - 1))) contentEnd--;
        add(SEGMENT, lead, start, contentEnd, end);
    }

    /**
     * How many cells flexmark's cell loop makes of the tokens {@code from} to {@code to} of one row with
     * no limit on columns: each takes a pipe before it (only while no cell has taken one), a segment,
     * and a pipe after it, each when there.
     */
    int cells(int from, int to) {
        int cells = 0;
        boolean opened = false;
        int t = from;
        while (t < to) {
            if (!opened && isPipe(t)) {
                opened = true;
                t++;
            }
            if (t < to && !isPipe(t)) t++;
            if (t < to && isPipe(t)) t++;
            cells++;
        }
        return cells;
    }

    private void add(int kind, int a, int b, int c, int d) {
        if ((count + 1) * WIDTH > tokens.length) tokens = Arrays.copyOf(tokens, tokens.length * 2);
        int o = count * WIDTH;
        tokens[o + KIND] = kind;
        tokens[o + LEAD] = a;
        tokens[o + START] = b;
        tokens[o + END] = c;
        tokens[o + TRAIL] = d;
        tokens[o + PLAN_FROM] = -1;
        tokens[o + PLAN_TO] = -1;
        count++;
    }

    /**
     * Where the run of exactly {@code ticks} backticks closing a code span starts, or -1; unlike the paragraph
     * plan's, it looks past line ends (a row is one line, and flexmark reads the row whole).
     */
    private static int closingTicks(String s, int from, int to, int ticks) {
        int j = from;
        while (j < to) {
            if (s.charAt(j) == '`') {
                int m = InlinePlan.run(s, j, to, '`');
                if (m == ticks) return j;
                j += m;
            } else {
                j++;
            }
        }
        return -1;
    }

    static int spacesAndTabs(String s, int i, int to) {
        while (i < to && isSpaceOrTab(s.charAt(i))) i++;
        return i;
    }

    static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }
}
