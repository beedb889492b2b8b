package io.github.lorewiki.engine.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plain-text report of a run: one line per diagnostic, as editors and CI log parsers read it
 * ({@code path:line:column: error: message [rule]}), then a summary with the counts per rule and severity.
 */
public final class TextReport {
    private TextReport() {
    }

    /** One line per diagnostic, in the order given (sorted by path and position when from {@link Diagnostics#sorted()}). */
    public static List<String> lines(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }

    /**
     * The closing summary, for example:
     * <pre>
     * 3 problems: 1 error, 2 warnings
     *   link.anchor       1 warning
     *   output.collision  1 error
     *   page.orphan       1 warning
     * </pre>
     */
    public static List<String> summary(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) return List.of("No problems found.");
        Map<String, long[]> byRule = new TreeMap<>();
        long errors = 0;
        for (Diagnostic d : diagnostics) {
            long[] c = byRule.computeIfAbsent(d.rule(), k -> new long[2]);
            c[d.severity().ordinal()]++;
            if (d.severity() == Severity.ERROR) errors++;
        }
        int width = byRule.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> out = new ArrayList<>();
        int n = diagnostics.size();
        out.add(n + (n == 1 ? " problem: " : " problems: ") + counts(errors, n - errors));
        byRule.forEach((rule, c) -> {
            String what = c[0] > 0 && c[1] > 0 ? counts(c[0], c[1]) : c[0] > 0 ? plural(c[0], "error") : plural(c[1], "warning");
            out.add("  " + rule + " ".repeat(width - rule.length() + 2) + what);
        });
        return out;
    }

    /** The diagnostic lines followed by the summary, one per line. */
    public static String format(List<Diagnostic> diagnostics) {
        List<String> all = new ArrayList<>(lines(diagnostics));
        all.addAll(summary(diagnostics));
        return String.join("\n", all) + "\n";
    }

    /** "1 error, 2 warnings". */
    public static String counts(long errors, long warnings) {
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
