package io.github.lorewiki.engine;

import io.github.lorewiki.engine.check.CheckReports;
import io.github.lorewiki.engine.check.RuleConfig;
import io.github.lorewiki.engine.check.SiteChecks;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.glossary.GlossaryParser;
import io.github.lorewiki.engine.glossary.ParsedTerm;
import io.github.lorewiki.engine.glossary.TermLinkMode;
import io.github.lorewiki.engine.link.SiteAssembler;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.parse.ArticleParser;
import io.github.lorewiki.engine.parse.ComparisonParser;
import io.github.lorewiki.engine.parse.ParsedComparison;
import io.github.lorewiki.engine.parse.ParsedArticle;
import io.github.lorewiki.engine.render.PageRenderer;
import io.github.lorewiki.engine.render.Theme;
import io.github.lorewiki.engine.search.SearchIndex;
import io.github.lorewiki.engine.source.SourceFile;
import io.github.lorewiki.engine.source.SourceScanner;
import io.github.lorewiki.engine.source.SourceSet;
import io.github.lorewiki.engine.write.OutputGuard;
import io.github.lorewiki.engine.write.StagedOutput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * The Lore pipeline: LOAD (scan) → PARSE → LINK (assemble) → RENDER → WRITE. Each stage is its own
 * class; this one only chains them, collects every problem, and decides whether the output is replaced.
 */
public final class LoreEngine {
    /** Where the theme's static files go in the site. */
    public static final String THEME_ASSETS = "theme/";

    private final RuleConfig rules;
    private final Path reports;
    private final boolean failOnWarnings;

    /** An engine with the default rules that writes no reports. */
    public LoreEngine() {
        this(RuleConfig.DEFAULTS, null);
    }

    public LoreEngine(RuleConfig rules, Path reports) {
        this(rules, reports, false);
    }

    /**
     * @param rules          the severity of each rule ({@code lore.check.rules})
     * @param reports        the folder for {@code check.sarif} and {@code check-junit.xml}, or null for none
     * @param failOnWarnings warnings keep the previous output too, as the build will fail ({@code lore.failOnWarnings})
     */
    public LoreEngine(RuleConfig rules, Path reports, boolean failOnWarnings) {
        this.rules = rules;
        this.reports = reports;
        this.failOnWarnings = failOnWarnings;
    }

    /** Whether what was found so far means the build fails, so that the output must not be replaced. */
    private boolean failing(Diagnostics d) {
        return d.hasErrors() || (failOnWarnings && d.count(io.github.lorewiki.engine.diag.Severity.WARNING) > 0);
    }

    /** Builds the site: every stage, and the output folder is replaced only when no error was found. */
    public BuildResult build(BuildRequest request) {
        return reported(request, buildSite(request), null);
    }

    /**
     * LOAD → PARSE → LINK and the site checks, writing nothing but the reports: every problem the build
     * would report before rendering, in one run.
     */
    public BuildResult check(BuildRequest request) {
        long start = System.nanoTime();
        StageClock clock = new StageClock();
        Diagnostics d = new Diagnostics(rules);
        if (!validFolders(request, d)) return reported(request, result(false, 0, 0, d, start, clock), null);
        ForkJoinPool pool = new ForkJoinPool(request.effectiveThreads());
        try {
            Linked linked = link(request, pool, d, clock);
            return reported(request, result(false, 0, linked.site().articles().size(), d, start, clock), linked.sources());
        } finally {
            pool.shutdown();
        }
    }

    private BuildResult buildSite(BuildRequest request) {
        long start = System.nanoTime();
        StageClock clock = new StageClock();
        Diagnostics d = new Diagnostics(rules);
        Path project = request.projectDir();
        if (!validFolders(request, d)) return result(false, 0, 0, d, start, clock);
        Optional<String> refusal = OutputGuard.refusal(request.output(), folders(request), project);
        if (refusal.isPresent()) {
            d.error("config.output", SourcePos.file(display(project, request.output())),
                    "refusing to replace the output folder " + request.output() + ": " + refusal.get(),
                    "choose an empty folder, or one Lore made, with lore.output");
            return result(false, 0, 0, d, start, clock);
        }

        ForkJoinPool pool = new ForkJoinPool(request.effectiveThreads());
        try {
            Linked linked = link(request, pool, d, clock);
            SourceSet sources = linked.sources();
            List<ParsedArticle> parsed = linked.parsed();
            Site site = linked.site();
            if (failing(d)) return result(false, 0, site.articles().size(), d, start, clock);

            Theme theme = new Theme(request.templates(), request.templates() == null ? null : display(project, request.templates()));
            try (StagedOutput out = new StagedOutput(request.output())) {
                // the search index is built on the pool beside the pages: it needs only the site and the parsed articles
                int pages = new PageRenderer(theme).render(site, parsed, out, pool, d, () -> new SearchIndex().write(site, parsed, out, pool));
                for (SourceFile asset : sources.assets()) out.copy(OutputPaths.asset(asset.relPath()), asset.file());
                for (Map.Entry<String, byte[]> f : theme.staticFiles().entrySet()) out.write(THEME_ASSETS + f.getKey(), f.getValue());
                clock.lap("render");
                if (failing(d)) return result(false, pages, site.articles().size(), d, start, clock);
                out.commit();
                clock.lap("commit");
                return result(true, pages, site.articles().size(), d, start, clock);
            }
        } finally {
            pool.shutdown();
        }
    }

    /** What LOAD → PARSE → LINK produce, shared by build and check. */
    private record Linked(SourceSet sources, List<ParsedArticle> parsed, Site site) {
    }

    private static Linked link(BuildRequest request, ForkJoinPool pool, Diagnostics d, StageClock clock) {
        SourceSet sources = new SourceScanner(request.projectDir()).scan(request.source());
        clock.lap("load");
        List<ParsedArticle> parsed = parse(sources.articles(), pool, d);
        // on the pool, like articles: the parsers keep no state, and the lists keep the files' order
        ComparisonParser comparisonParser = new ComparisonParser();
        List<ParsedComparison> comparisons = pool.submit(() -> sources.comparisons().parallelStream()
                .map(f -> comparisonParser.parse(f, d)).flatMap(Optional::stream).toList()).join();
        GlossaryParser glossaryParser = new GlossaryParser();
        List<ParsedTerm> terms = pool.submit(() -> sources.glossaries().parallelStream()
                .flatMap(f -> glossaryParser.parse(f, d).stream()).toList()).join();
        clock.lap("parse");
        SiteAssembler assembler = new SiteAssembler(request.title(), request.baseUrl(), request.includeDrafts(),
                TermLinkMode.parse(request.glossaryLinks()).orElse(TermLinkMode.FIRST));
        // in the pool, so that the search for glossary terms runs on the request's threads
        Site site = pool.submit(() -> assembler.assemble(parsed, comparisons, terms, sources.assets(), d)).join();
        clock.lap("link");
        // on the pool too: the checks read each article on its own
        pool.submit(() -> new SiteChecks().run(site, parsed, d)).join();
        clock.lap("check");
        return new Linked(sources, parsed, site);
    }

    /**
     * Writes the SARIF and JUnit reports of the run, when asked for: one test case per checked source file.
     *
     * @param sources the files the run read, or null to list them again
     */
    private BuildResult reported(BuildRequest request, BuildResult result, SourceSet sources) {
        if (reports == null) return result;
        List<String> files = new ArrayList<>();
        if (sources == null && Files.isDirectory(request.source())) sources = new SourceScanner(request.projectDir()).scan(request.source());
        if (sources != null) {
            for (SourceFile f : sources.articles()) files.add(f.displayPath());
            for (SourceFile f : sources.comparisons()) files.add(f.displayPath());
            for (SourceFile f : sources.glossaries()) files.add(f.displayPath());
        }
        new CheckReports(reports, rules).write(result.diagnostics(), files);
        return result;
    }

    private static List<ParsedArticle> parse(List<SourceFile> files, ForkJoinPool pool, Diagnostics d) {
        ArticleParser parser = new ArticleParser();
        List<Optional<ParsedArticle>> results = pool.submit(() ->
                files.parallelStream().map(f -> parser.parse(f, d)).toList()).join();
        List<ParsedArticle> parsed = new ArrayList<>(results.size());
        for (Optional<ParsedArticle> r : results) r.ifPresent(parsed::add);
        return parsed;
    }

    private boolean validFolders(BuildRequest request, Diagnostics d) {
        Path project = request.projectDir();
        boolean ok = rules.report(d);
        if (!Files.isDirectory(request.source())) {
            d.error("config.source", SourcePos.file(display(project, request.source())), "source folder "
                    + request.source() + " does not exist", "create it or point lore.source at your Markdown folder");
            ok = false;
        }
        if (TermLinkMode.parse(request.glossaryLinks()).isEmpty()) {
            d.error("config.glossary", SourcePos.file(TermLinkMode.PROPERTY), TermLinkMode.PROPERTY + " is '" + request.glossaryLinks()
                    + "'; expected first, all or off", "set it to first (the first mention of each term on a page), all or off");
            ok = false;
        }
        if (request.templates() != null && !Files.isDirectory(request.templates())) {
            d.error("config.templates", SourcePos.file(display(project, request.templates())), "template folder "
                    + request.templates() + " does not exist", "create it or remove lore.templates");
            ok = false;
        }
        return ok;
    }

    private static List<Path> folders(BuildRequest request) {
        List<Path> list = new ArrayList<>();
        list.add(request.source());
        if (request.templates() != null) list.add(request.templates());
        return list;
    }

    static String display(Path project, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (project != null) {
            Path base = project.toAbsolutePath().normalize();
            if (abs.startsWith(base) && !abs.equals(base)) return base.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }

    private static BuildResult result(boolean written, int pages, int articles, Diagnostics d, long start, StageClock clock) {
        return new BuildResult(written, pages, articles, d.sorted(), (System.nanoTime() - start) / 1_000_000, clock.laps());
    }
}
