package io.github.lorewiki.maven;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.cli.Invocation;
import io.github.lorewiki.engine.diag.TextReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.Locale;

/**
 * Checks the wiki without writing it: reads and links every article under {@code lore.source}, and reports
 * every problem found in one run, one line each ({@code path:line:column: error|warning: message [rule]}),
 * then a summary per rule. Writes {@code check.sarif} and {@code check-junit.xml} to {@code lore.reports}.
 * Fails on any error, and on warnings with {@code lore.failOnWarnings}. Binds to {@code verify}; runs without
 * a pom too: {@code mvn io.github.lorewiki:lore-maven-plugin:check -Dlore.source=DIR}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractLoreMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) return;
        BuildResult result = run(Invocation.Command.CHECK);
        report(result);
        getLog().info(String.format(Locale.ROOT, "Checked %d articles in %.1f s: %s", result.articles(),
                result.millis() / 1000.0, TextReport.counts(result.errors(), result.warnings())));
    }

    @Override
    protected boolean writesSite() {
        return false;
    }
}
