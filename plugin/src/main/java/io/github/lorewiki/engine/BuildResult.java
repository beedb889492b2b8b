package io.github.lorewiki.engine;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Severity;

import java.util.List;

/**
 * What a build did.
 *
 * @param written whether the output folder was replaced; false when errors stopped the build
 * @param pages   HTML pages rendered
 */
public record BuildResult(boolean written, int pages, int articles, List<Diagnostic> diagnostics, long millis) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public long errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }
}
