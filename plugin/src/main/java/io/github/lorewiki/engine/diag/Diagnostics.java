package io.github.lorewiki.engine.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Collects the problems of one run from every stage, including stages that run in parallel.
 * Nothing stops at the first problem: the whole run is reported, then the build fails once.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();
    private final UnaryOperator<Diagnostic> policy;

    public Diagnostics() {
        this(UnaryOperator.identity());
    }

    /**
     * @param policy applied to every problem as it is reported: returns it, at another severity, or null to
     *               drop it (the rule settings of the run)
     */
    public Diagnostics(UnaryOperator<Diagnostic> policy) {
        this.policy = policy;
    }

    public void report(Diagnostic d) {
        Diagnostic kept = policy.apply(d);
        if (kept == null) return;
        synchronized (this) {
            items.add(kept);
        }
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
