package io.github.lorewiki.engine;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Severity;

import java.util.List;

/**
 * What a build did.
 *
 * @param written whether the output folder was replaced; false when errors stopped the build
 * @param pages   HTML pages rendered
 * @param stages  how long each stage that ran took, in the order they ran
 */
public record BuildResult(boolean written, int pages, int articles, List<Diagnostic> diagnostics, long millis, List<StageTime> stages) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        stages = List.copyOf(stages);
    }

    public BuildResult(boolean written, int pages, int articles, List<Diagnostic> diagnostics, long millis) {
        this(written, pages, articles, diagnostics, millis, List.of());
    }

    /** The wall time of one stage of the pipeline ({@code load}, {@code parse}, {@code link}, ...). */
    public record StageTime(String stage, long millis) {
    }

    /** The stages on one line, for a log: {@code load 12 ms, parse 3,456 ms, ...}; empty when none were timed. */
    public String stageLine() {
        StringBuilder sb = new StringBuilder();
        for (StageTime t : stages) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(t.stage()).append(' ').append(String.format(java.util.Locale.ROOT, "%,d", t.millis())).append(" ms");
        }
        return sb.toString();
    }

    public long errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }
}
