package io.github.lorewiki.engine.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one run from every stage, including stages that run in parallel.
 * Nothing stops at the first problem: the whole run is reported, then the build fails once.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void report(Diagnostic d) {
        items.add(d);
    }

    public void error(String rule, SourcePos pos, String message, String hint) {
        report(new Diagnostic(Severity.ERROR, rule, pos, message, hint));
    }

    public void warning(String rule, SourcePos pos, String message, String hint) {
        report(new Diagnostic(Severity.WARNING, rule, pos, message, hint));
    }

    /** All problems so far, sorted by path, position and rule. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(null);
        return List.copyOf(copy);
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public synchronized long count(Severity severity) {
        return items.stream().filter(d -> d.severity() == severity).count();
    }
}
