package io.github.lorewiki.engine;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.link.SiteAssembler;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.parse.ArticleParser;
import io.github.lorewiki.engine.parse.ParsedArticle;
import io.github.lorewiki.engine.render.PageRenderer;
import io.github.lorewiki.engine.render.Theme;
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

    public BuildResult build(BuildRequest request) {
        long start = System.nanoTime();
        Diagnostics d = new Diagnostics();
        Path project = request.projectDir();
        if (!validFolders(request, d)) return result(false, 0, 0, d, start);
        Optional<String> refusal = OutputGuard.refusal(request.output(), folders(request), project);
        if (refusal.isPresent()) {
            d.error("config.output", SourcePos.file(display(project, request.output())),
                    "refusing to replace the output folder " + request.output() + ": " + refusal.get(),
                    "choose an empty folder, or one Lore made, with lore.output");
            return result(false, 0, 0, d, start);
        }

        ForkJoinPool pool = new ForkJoinPool(request.effectiveThreads());
        try {
            SourceSet sources = new SourceScanner(project).scan(request.source());
            List<ParsedArticle> parsed = parse(sources.articles(), pool, d);
            Site site = new SiteAssembler(request.title(), request.baseUrl(), request.includeDrafts()).assemble(parsed, sources.assets(), d);
            if (d.hasErrors()) return result(false, 0, site.articles().size(), d, start);

            Theme theme = new Theme(request.templates(), request.templates() == null ? null : display(project, request.templates()));
            try (StagedOutput out = new StagedOutput(request.output())) {
                int pages = new PageRenderer(theme).render(site, parsed, out, pool, d);
                for (SourceFile asset : sources.assets()) out.copy(OutputPaths.asset(asset.relPath()), asset.file());
                for (Map.Entry<String, byte[]> f : theme.staticFiles().entrySet()) out.write(THEME_ASSETS + f.getKey(), f.getValue());
                if (d.hasErrors()) return result(false, pages, site.articles().size(), d, start);
                out.commit();
                return result(true, pages, site.articles().size(), d, start);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<ParsedArticle> parse(List<SourceFile> files, ForkJoinPool pool, Diagnostics d) {
        ArticleParser parser = new ArticleParser();
        List<Optional<ParsedArticle>> results = pool.submit(() ->
                files.parallelStream().map(f -> parser.parse(f, d)).toList()).join();
        List<ParsedArticle> parsed = new ArrayList<>(results.size());
        for (Optional<ParsedArticle> r : results) r.ifPresent(parsed::add);
        return parsed;
    }

    private static boolean validFolders(BuildRequest request, Diagnostics d) {
        Path project = request.projectDir();
        boolean ok = true;
        if (!Files.isDirectory(request.source())) {
            d.error("config.source", SourcePos.file(display(project, request.source())), "source folder "
                    + request.source() + " does not exist", "create it or point lore.source at your Markdown folder");
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

    private static BuildResult result(boolean written, int pages, int articles, Diagnostics d, long start) {
        return new BuildResult(written, pages, articles, d.sorted(), (System.nanoTime() - start) / 1_000_000);
    }
}
