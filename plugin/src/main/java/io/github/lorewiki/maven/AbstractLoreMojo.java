package io.github.lorewiki.maven;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.cli.Invocation;
import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.diag.TextReport;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The parameters every Lore goal shares, and how the engine's diagnostics reach the Maven log. */
abstract class AbstractLoreMojo extends AbstractMojo {
    /** How many diagnostics the failure message repeats; the log has them all. */
    private static final int FAILURE_MESSAGE_LINES = 20;

    /** The folder of Markdown articles. */
    @Parameter(property = "lore.source", defaultValue = "${basedir}/src/wiki")
    protected File source;

    /** Where the site is written. Lore only replaces a folder it made itself, or an empty one. */
    @Parameter(property = "lore.output", defaultValue = "${project.build.directory}/wiki")
    protected File output;

    /** A folder of templates and static files that override the built-in theme file by file. */
    @Parameter(property = "lore.templates")
    protected File templates;

    /** The wiki's name, shown in every page header. */
    @Parameter(property = "lore.title", defaultValue = "${project.name}")
    protected String title;

    /** The public URL the site is served from; when set, sitemap.xml is written. */
    @Parameter(property = "lore.baseUrl")
    protected String baseUrl;

    /** Publish articles marked {@code draft: true}. */
    @Parameter(property = "lore.drafts", defaultValue = "false")
    protected boolean drafts;

    /** Fail the build on warnings (broken links and the like), not only on errors. */
    @Parameter(property = "lore.failOnWarnings", defaultValue = "false")
    protected boolean failOnWarnings;

    /**
     * Changes the severity of rules: {@code id=level} entries separated by commas, where level is
     * {@code error}, {@code warning} or {@code off}, and a family can be named as {@code link.*}. Example:
     * {@code page.orphan=error,link.anchor=off}. Configuration and template problems are always errors.
     */
    @Parameter(property = "lore.check.rules")
    protected String rules;

    /** Where {@code check.sarif} (SARIF 2.1.0) and {@code check-junit.xml} (JUnit XML) are written. */
    @Parameter(property = "lore.reports", defaultValue = "${project.build.directory}/lore")
    protected File reports;

    /** Skip this goal. */
    @Parameter(property = "lore.skip", defaultValue = "false")
    protected boolean skip;

    /** Worker threads for parsing and rendering; 0 means one per processor. */
    @Parameter(property = "lore.threads", defaultValue = "0")
    protected int threads;

    /**
     * Which mentions of glossary terms in article text become links to the term: {@code first} (the first
     * mention of each term on a page), {@code all} or {@code off}. {@code [[term:Name]]} links work in every mode.
     */
    @Parameter(property = "lore.glossary.link", defaultValue = "first")
    protected String glossaryLink;

    /**
     * Run the engine in a JVM of its own, started with {@code lore.jvmArgs}, rather than in Maven's. Maven's
     * JVM cannot be given other flags once it runs; a one-off build is faster in a JVM tuned for it.
     */
    @Parameter(property = "lore.fork", defaultValue = "true")
    protected boolean fork;

    /**
     * The options of the forked JVM ({@code lore.fork}), separated by spaces. The default compiles with the
     * JIT's first tier only, which finishes a one-off build sooner, and keeps the young generation small, which
     * takes a third less memory at no cost in time. A value replaces the default: to bound the memory, keep the
     * first and leave the young generation to the JVM, as in {@code -XX:TieredStopAtLevel=1 -Xmx1g} (a fixed young
     * generation in a bounded heap leaves the old one short, and the build slows down).
     */
    @Parameter(property = "lore.jvmArgs", defaultValue = "-XX:TieredStopAtLevel=1 -Xmn128m")
    protected String jvmArgs;

    /**
     * The folder where forked JVMs keep a class-data archive (HotSpot's AppCDS) of the engine's classes: each
     * fork after the first starts a quarter to half a second sooner, and the first takes up to a second more to
     * write it, once per plugin version, JDK and {@code lore.jvmArgs}. The default is the user's cache
     * folder: {@code $XDG_CACHE_HOME/lore}, else {@code ~/.cache/lore} ({@code %LOCALAPPDATA%\lore} on Windows).
     * {@code none} does without.
     */
    @Parameter(property = "lore.classArchive")
    protected String classArchive;

    /** Log how long each stage of the run took (load, parse, link, check, render, commit); otherwise only with -X. */
    @Parameter(property = "lore.timings", defaultValue = "false")
    protected boolean timings;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    protected File basedir;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    protected PluginDescriptor plugin;

    protected BuildRequest request() {
        // without a pom, Maven names its stand-in project "Maven Stub Project (No POM)": not a wiki title
        String wikiTitle = title == null || title.startsWith("Maven Stub Project") ? null : title;
        return new BuildRequest(source.toPath(), underTarget(output, "wiki"), templates == null ? null : templates.toPath(),
                basedir == null ? null : basedir.toPath(), wikiTitle, baseUrl, drafts, threads, glossaryLink);
    }

    /** Runs the engine, forked or in Maven's JVM; a file it could not read or write fails the goal with its name. */
    protected BuildResult run(Invocation.Command command) throws MojoExecutionException {
        Invocation invocation = new Invocation(command, request(), rules, reports == null ? null : underTarget(reports, "lore"), failOnWarnings);
        try {
            if (!fork || plugin == null) return invocation.run();
            List<File> classPath = classPath();
            List<String> options = ForkedEngine.splitArgs(jvmArgs);
            return new ForkedEngine(ForkedEngine.currentJava(), classPath, options, basedir == null ? null : basedir.toPath(), getLog(),
                    ClassArchive.forFork(classArchiveFolder(), classPath, options)).run(invocation);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Lore could not read or write a file: " + e.getCause().getMessage(), e);
        }
    }

    /** {@code lore.classArchive}, or the user's cache folder; null for none. */
    private java.nio.file.Path classArchiveFolder() {
        if (classArchive != null && !classArchive.isBlank()) {
            return classArchive.strip().equalsIgnoreCase("none") ? null : java.nio.file.Path.of(classArchive.strip());
        }
        String windows = System.getenv("LOCALAPPDATA");
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (System.getProperty("os.name", "").startsWith("Windows") && windows != null) return java.nio.file.Path.of(windows, "lore");
        if (xdg != null && !xdg.isBlank()) return java.nio.file.Path.of(xdg, "lore");
        String home = System.getProperty("user.home");
        return home == null ? null : java.nio.file.Path.of(home, ".cache", "lore");
    }

    /** The plugin's jar and its run-time dependencies: the engine without Maven. */
    private List<File> classPath() {
        Set<File> files = new LinkedHashSet<>();
        files.add(plugin.getPluginArtifact().getFile());
        for (Artifact a : plugin.getArtifacts()) files.add(a.getFile());
        files.remove(null);
        return new ArrayList<>(files);
    }

    /**
     * A folder whose default lies under {@code target/}. Without a pom, Maven's stand-in project leaves
     * {@code ${project.build.directory}} uninterpolated, so the default is rebuilt from the base folder.
     */
    private java.nio.file.Path underTarget(File folder, String name) {
        if (folder.getPath().contains("${") && basedir != null) return basedir.toPath().resolve("target").resolve(name);
        return folder.toPath();
    }

    /** Whether the goal writes the site; a goal that does not has no previous output to keep. */
    protected boolean writesSite() {
        return true;
    }

    /** Logs every diagnostic and a summary per rule, then fails once if there were errors (or warnings, when asked). */
    protected void report(BuildResult result) throws MojoFailureException {
        String stages = result.stageLine();
        if (!stages.isEmpty()) {
            if (timings) getLog().info("Stages: " + stages);
            else if (getLog().isDebugEnabled()) getLog().debug("Lore stages: " + stages);
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.severity() == Severity.ERROR) getLog().error(d.format());
            else getLog().warn(d.format());
        }
        if (!result.diagnostics().isEmpty()) {
            for (String line : TextReport.summary(result.diagnostics())) getLog().info(line);
        }
        boolean fail = result.errors() > 0 || (failOnWarnings && result.warnings() > 0);
        if (!fail) return;
        List<Diagnostic> shown = result.diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR || failOnWarnings).limit(FAILURE_MESSAGE_LINES).toList();
        StringBuilder message = new StringBuilder();
        message.append("Lore found ").append(result.errors()).append(" error(s) and ").append(result.warnings()).append(" warning(s)");
        message.append(result.written() || !writesSite() ? "" : "; the previous output was left as it was").append(":");
        for (Diagnostic d : shown) message.append("\n  ").append(d.format());
        long hidden = (failOnWarnings ? result.diagnostics().size() : result.errors()) - shown.size();
        if (hidden > 0) message.append("\n  … and ").append(hidden).append(" more in the log above");
        throw new MojoFailureException(message.toString());
    }

    protected boolean skipped() {
        if (skip) getLog().info("Skipping Lore (lore.skip=true)");
        return skip;
    }
}
