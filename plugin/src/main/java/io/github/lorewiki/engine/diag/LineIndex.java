package io.github.lorewiki.engine.diag;

import java.util.Arrays;

/** Turns a character offset in a text into a 1-based line and column, the one place that does so. */
public final class LineIndex {
    private final int[] lineStarts;

    public LineIndex(CharSequence text) {
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        if (text instanceof String s) {
            // String.indexOf is a vectorised scan: an article's worth of lines costs next to nothing
            for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        } else {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                    starts[n++] = i + 1;
                }
            }
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public SourcePos pos(String path, int offset) {
        return new SourcePos(path, line(offset), column(offset));
    }
}
