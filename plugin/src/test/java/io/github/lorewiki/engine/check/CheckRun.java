package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.Fixture;
import io.github.lorewiki.engine.LoreEngine;
import io.github.lorewiki.engine.diag.Diagnostic;

import java.nio.file.Path;
import java.util.List;

/** Runs {@code check} (or {@code build}) on an inline fixture wiki written to {@code dir/src}. */
final class CheckRun {
    private CheckRun() {
    }

    static BuildResult check(Path dir, String spec) {
        return check(dir, spec, RuleConfig.DEFAULTS);
    }

    static BuildResult check(Path dir, String spec, RuleConfig rules) {
        return new LoreEngine(rules, null).check(request(dir, spec));
    }

    static BuildResult build(Path dir, String spec, RuleConfig rules) {
        return new LoreEngine(rules, null).build(request(dir, spec));
    }

    private static BuildRequest request(Path dir, String spec) {
        Path src = Fixture.write(dir.resolve("src"), spec);
        return new BuildRequest(src, dir.resolve("out"), null, dir, "Test wiki", "", false, 2);
    }

    /** The diagnostic lines of one rule. */
    static List<String> lines(BuildResult result, String rule) {
        return result.diagnostics().stream().filter(d -> d.rule().equals(rule)).map(Diagnostic::format).toList();
    }
}
