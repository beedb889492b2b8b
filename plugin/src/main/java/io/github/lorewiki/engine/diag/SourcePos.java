package io.github.lorewiki.engine.diag;

/**
 * A place in a source file: a path as shown to the user, and a 1-based line and column.
 * Line 0 means "the file as a whole".
 */
public record SourcePos(String path, int line, int column) implements Comparable<SourcePos> {

    public static SourcePos file(String path) {
        return new SourcePos(path, 0, 0);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return line <= 0 ? path : path + ":" + line + ":" + column;
    }
}
