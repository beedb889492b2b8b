package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.LineIndex;
import io.github.lorewiki.engine.diag.SourcePos;

/**
 * flexmark failed on a file (it has bugs that throw on odd input: a table whose lines are indented with tabs
 * makes it index past a line's end). Carries where: the first block, of those between blank lines, that fails
 * when parsed alone; else the top of the body. Reported as an error of that file, so that the writer gets a
 * line to look at and the rest of the build still reports its problems.
 */
final class UnparsableMarkdown extends RuntimeException {
    private final SourcePos pos;

    private UnparsableMarkdown(SourcePos pos, RuntimeException cause) {
        super(cause.toString(), cause, false, false);
        this.pos = pos;
    }

    /** Where in {@code text} (the whole file; the body starts at {@code bodyOffset}) the parser fails. */
    static UnparsableMarkdown locate(String path, String text, int bodyOffset, RuntimeException cause) {
        LineIndex lines = new LineIndex(text);
        int start = bodyOffset;
        while (start < text.length()) {
            int end = nextBlankLine(text, start);
            String block = text.substring(start, end);
            if (!block.isBlank()) {
                try {
                    Markdown.parse(block);
                } catch (RuntimeException e) {
                    return new UnparsableMarkdown(lines.pos(path, start + leadingNewlines(block)), cause);
                }
            }
            start = end;
        }
        return new UnparsableMarkdown(lines.pos(path, bodyOffset), cause);
    }

    /** The offset just past the next blank line at or after {@code from}, or the end. */
    private static int nextBlankLine(String text, int from) {
        int lineStart = from;
        while (lineStart < text.length()) {
            int eol = text.indexOf('\n', lineStart);
            int next = eol < 0 ? text.length() : eol + 1;
            if (lineStart > from && text.substring(lineStart, next).isBlank()) return next;
            lineStart = next;
        }
        return text.length();
    }

    private static int leadingNewlines(String block) {
        int i = 0;
        while (i < block.length() && (block.charAt(i) == '\n' || block.charAt(i) == '\r')) i++;
        return i;
    }

    void report(Diagnostics d) {
        report(d, pos, "the block starting here", getCause());
    }

    /** Reports that flexmark failed on {@code what} (a block, a definition) at {@code pos}. */
    static void report(Diagnostics d, SourcePos pos, String what, Throwable cause) {
        d.error("page.unparsable", pos, "the Markdown parser fails on " + what + " (" + cause + ")",
                "this is a fault of the parser, not of your text; write it another way: a known cause is a table"
                        + " whose lines are indented with tabs, which parses once the tabs are removed or made spaces");
    }
}
