package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.List;

/**
 * The lines of a paragraph that flexmark 0.64.8's table pre-processor takes for a table, as positions
 * in the document's text: from the first, each with a '|', up to the first line without one after the
 * header separator line; and which of them is that separator.
 * <p>
 * Only for lines of one run of text that are not indented: lines in a list item or a block quote have
 * prefixes between them, and flexmark measures indents in columns. Anything else is declined.
 */
final class TableLines {
    private final int[] starts;
    private final int[] ends;
    private final int[] fullEnds;
    private final int count;
    private final int separator;

    private TableLines(int[] starts, int[] ends, int[] fullEnds, int count, int separator) {
        this.starts = starts;
        this.ends = ends;
        this.fullEnds = fullEnds;
        this.count = count;
        this.separator = separator;
    }

    /**
     * The table's lines at the start of {@code block}, whose lines are in {@code s}; null when flexmark
     * finds no table there or reads the lines in a way this does not (see the class comment), or when the
     * line after them would be the table's caption ({@code captions}: a line in brackets).
     */
    static TableLines of(Paragraph block, String s, boolean captions) {
        List<BasedSequence> lines = block.getContentLines();
        int n = lines.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int[] fullEnds = new int[n];
        int separator = -1;
        int count = 0;
        for (int i = 0; i < n; i++) {
            BasedSequence line = lines.get(i);
            if (!(line instanceof SubSequence || line instanceof CharSubSequence) || line.getBase() != s) return null;
            int a = line.getStartOffset();
            int b = line.getEndOffset();
            if (!hasPipe(s, a, b)) {
                if (separator < 0 || captions && isBracketed(s, a, b)) return null;
                break;
            }
            if (i > 0 && a != fullEnds[i - 1] || block.getLineIndent(i) != 0 || TableRows.isSpaceOrTab(s.charAt(a))) return null;
            int e = b;
            if (e > a && s.charAt(e - 1) == '\n') e--;
            if (e > a && s.charAt(e - 1) == '\r') e--;
            // flexmark takes the first line its separator pattern matches, the line end included
            if (separator < 0 && SeparatorLine.matches(s, a, b)) separator = i;
            starts[i] = a;
            ends[i] = e;
            fullEnds[i] = b;
            count++;
        }
        return separator < 0 ? null : new TableLines(starts, ends, fullEnds, count, separator);
    }

    int count() {
        return count;
    }

    /** The separator line's index. */
    int separator() {
        return separator;
    }

    int start(int line) {
        return starts[line];
    }

    /** Where the line ends, without its line end. */
    int end(int line) {
        return ends[line];
    }

    /** Where the line ends, with its line end. */
    int fullEnd(int line) {
        return fullEnds[line];
    }

    private static boolean hasPipe(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '|') return true;
        }
        return false;
    }

    /** Whether the line trimmed starts with '[' and ends with ']', as flexmark tells a caption. */
    private static boolean isBracketed(String s, int from, int to) {
        while (from < to && " \t\r\n".indexOf(s.charAt(from)) >= 0) from++;
        while (to > from && " \t\r\n".indexOf(s.charAt(to - 1)) >= 0) to--;
        return from < to && s.charAt(from) == '[' && s.charAt(to - 1) == ']';
    }
}
