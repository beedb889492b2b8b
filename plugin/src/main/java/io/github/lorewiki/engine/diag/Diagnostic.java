package io.github.lorewiki.engine.diag;

/**
 * One problem found in the user's content, with where it is and, when we know it, how to fix it.
 *
 * @param rule dotted lowercase rule id, for example {@code link.unresolved}
 * @param hint what to do about it; may be empty
 */
public record Diagnostic(Severity severity, String rule, SourcePos pos, String message, String hint)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        hint = hint == null ? "" : hint;
    }

    /** The line editors and CI log parsers understand: {@code path:line:column: error: message [rule]}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(pos).append(": ").append(severity.label()).append(": ").append(message);
        if (!hint.isEmpty()) sb.append("; ").append(hint);
        sb.append(" [").append(rule).append(']');
        return sb.toString();
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = pos.compareTo(o.pos);
        if (c != 0) return c;
        c = rule.compareTo(o.rule);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return format();
    }
}
