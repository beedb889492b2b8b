package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.ext.tables.TableCell;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's header separator line ({@code |---|:--:|}) as flexmark 0.64.8's table pre-processor reads
 * it with three dashes at least ({@code TablesExtension.MIN_SEPARATOR_DASHES}, the default): whether
 * its regex takes a line, and the column alignments it reads from one.
 */
final class SeparatorLine {
    private SeparatorLine() {
    }

    /**
     * Whether the whole of {@code s} from {@code from} to {@code to} (a line with its line end) matches
     * flexmark's separator pattern: columns of {@code \s*:?-+:?\s*} (three dashes without a colon, two
     * with one, one between two) parted by '|', with an optional '|' before the first and after the last;
     * a single column needs one of those two pipes, or it would be a setext heading's underline.
     */
    static boolean matches(String s, int from, int to) {
        int i = from;
        boolean leading = i < to && s.charAt(i) == '|';
        if (leading) i++;
        int columns = 0;
        boolean trailing = false;
        while (true) {
            i = spaces(s, i, to);
            boolean left = i < to && s.charAt(i) == ':';
            if (left) i++;
            int dashes = 0;
            while (i < to && s.charAt(i) == '-') {
                i++;
                dashes++;
            }
            boolean right = i < to && s.charAt(i) == ':';
            if (right) i++;
            if (dashes < (left && right ? 1 : left || right ? 2 : 3)) return false;
            columns++;
            i = spaces(s, i, to);
            if (i == to) break;
            if (s.charAt(i) != '|') return false;
            i = spaces(s, i + 1, to);
            if (i == to) {
                trailing = true;
                break;
            }
        }
        return columns >= 2 || leading || trailing;
    }

    /**
     * The alignment of each column of a separator line, null for none, as flexmark splits it: the line
     * trimmed, a leading '|' dropped, then parted at each '|' (a last part only when not empty), each
     * part trimmed and read for a ':' at either end.
     */
    static List<TableCell.Alignment> alignments(String s, int from, int to) {
        int a = from, b = to;
        while (a < b && isTrimmed(s.charAt(a))) a++;
        while (b > a && isTrimmed(s.charAt(b - 1))) b--;
        if (a < b && s.charAt(a) == '|') a++;
        List<TableCell.Alignment> alignments = new ArrayList<>();
        int part = a;
        for (int i = a; i <= b; i++) {
            if (i == b ? i > part : s.charAt(i) == '|') {
                alignments.add(alignment(s, part, i));
                part = i + 1;
            }
        }
        return alignments;
    }

    private static TableCell.Alignment alignment(String s, int from, int to) {
        while (from < to && isTrimmed(s.charAt(from))) from++;
        while (to > from && isTrimmed(s.charAt(to - 1))) to--;
        boolean left = from < to && s.charAt(from) == ':';
        boolean right = from < to && s.charAt(to - 1) == ':';
        return left && right ? TableCell.Alignment.CENTER : left ? TableCell.Alignment.LEFT
                : right ? TableCell.Alignment.RIGHT : null;
    }

    /** What flexmark's {@code BasedSequence.trim()} takes off. */
    private static boolean isTrimmed(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** Skips the characters of {@code \s} in a Java regex without flags. */
    private static int spaces(String s, int i, int to) {
        while (i < to) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') break;
            i++;
        }
        return i;
    }
}
