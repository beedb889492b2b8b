package io.github.lorewiki.maven;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.cli.Invocation;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.Locale;

/**
 * Builds the wiki: renders every Markdown article under {@code lore.source} into a static site in
 * {@code lore.output}. Runs without a pom too:
 * {@code mvn io.github.lorewiki:lore-maven-plugin:build -Dlore.source=DIR -Dlore.output=OUT}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class BuildMojo extends AbstractLoreMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) return;
        BuildResult result = run(Invocation.Command.BUILD);
        report(result);
        if (result.written()) {
            getLog().info(String.format(Locale.ROOT, "Wrote %d pages (%d articles) to %s in %.1f s, %d warning(s)",
                    result.pages(), result.articles(), output, result.millis() / 1000.0, result.warnings()));
        }
    }
}
