package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.model.Article;
import io.github.lorewiki.engine.model.Category;
import io.github.lorewiki.engine.model.Comparison;
import io.github.lorewiki.engine.model.LinkKind;
import io.github.lorewiki.engine.model.LinkRef;
import io.github.lorewiki.engine.model.ResolvedLink;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.parse.ParsedArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * RENDER stage: every page of the site through its template into the sink. All pages render in parallel;
 * nothing here is shared and mutable but the diagnostics, the sink and the caches of rendered snippets.
 */
public final class PageRenderer {
    private final Theme theme;
    private final BodyRenderer bodies = new BodyRenderer();

    public PageRenderer(Theme theme) {
        this.theme = theme;
    }

    /** Renders all pages; returns how many were written. */
    public int render(Site site, List<ParsedArticle> parsed, PageSink sink, ForkJoinPool pool, Diagnostics d) {
        return render(site, parsed, sink, pool, d, () -> { });
    }

    /**
     * Renders all pages; returns how many were written. {@code alongside} and the glossary start first, then the
     * articles and comparisons; then every other page is a task of its own on the pool, as each writes its own files.
     *
     * @param alongside other work for the pool (the search index), done when this returns
     */
    public int render(Site site, List<ParsedArticle> parsed, PageSink sink, ForkJoinPool pool, Diagnostics d, Runnable alongside) {
        Snippets snippets = new Snippets(bodies);
        ComparisonViews comparisonViews = new ComparisonViews(site, snippets);
        ViewFactory views = new ViewFactory(site, comparisonViews);
        Map<String, ParsedArticle> byUrl = new HashMap<>();
        for (ParsedArticle p : parsed) byUrl.put(OutputPaths.article(p.source().relPath()), p);
        AtomicInteger pages = new AtomicInteger();

        // the largest single tasks start first: their serial parts (one big page, one big file) then overlap the
        // articles' rendering instead of ending the build on one core
        List<Runnable> first = new ArrayList<>();
        first.add(alongside);
        if (!site.glossary().isEmpty()) {
            GlossaryViews glossary = new GlossaryViews(site, bodies);
            String url = OutputPaths.GLOSSARY;
            first.add(() -> {
                if (page(sink, url, "glossary.ftlh", model(views.siteView(url, null), glossary.page(), url), "the glossary", d)) {
                    pages.incrementAndGet();
                }
            });
            first.add(() -> sink.write(OutputPaths.GLOSSARY_JSON, glossary.json()));
        }
        List<ForkJoinTask<?>> started = first.stream().<ForkJoinTask<?>>map(pool::submit).toList();

        pool.submit(() -> site.articles().parallelStream().forEach(a -> {
            if (a.url().equals(OutputPaths.HOME)) return; // the top index.md is the home page
            ParsedArticle p = byUrl.get(a.url());
            BodyHtml body = bodies.body(p, a.url(), site.links().get(a.url()), embeds(site, p, a.url(), comparisonViews, d), site.glossary());
            Map<String, Object> model = model(views.siteView(a.url(), a.folder()), views.article(a, body), a.url());
            if (page(sink, a.url(), "article.ftlh", model, a.displayPath(), d)) pages.incrementAndGet();
        })).join();

        pool.submit(() -> site.comparisons().parallelStream().forEach(c -> {
            Map<String, Object> model = model(views.siteView(c.url(), null), comparisonViews.page(c), c.url());
            if (page(sink, c.url(), "comparison.ftlh", model, c.displayPath(), d)) pages.incrementAndGet();
        })).join();

        List<Runnable> tasks = new ArrayList<>();
        if (!site.comparisons().isEmpty()) {
            String url = OutputPaths.COMPARISONS;
            tasks.add(() -> {
                if (page(sink, url, "comparisons.ftlh", model(views.siteView(url, null), comparisonViews.index(), url), "the comparison index", d)) {
                    pages.incrementAndGet();
                }
            });
            tasks.add(() -> sink.write(OutputPaths.COMPARISONS_JSON, new ComparisonJson(snippets).write(site)));
        }
        for (Category c : site.categories()) {
            if (c.hasIndexArticle() || c.folder().isEmpty()) continue;
            tasks.add(() -> {
                Map<String, Object> model = model(views.siteView(c.url(), c.folder()), views.category(c), c.url());
                if (page(sink, c.url(), "category.ftlh", model, "category " + c.url(), d)) pages.incrementAndGet();
            });
        }
        tasks.add(() -> {
            Article homeArticle = site.article(OutputPaths.HOME);
            String intro = homeArticle == null ? "" : bodies.render(byUrl.get(OutputPaths.HOME), OutputPaths.HOME,
                    site.links().get(OutputPaths.HOME), Map.of(), site.glossary());
            String homeTitle = homeArticle == null ? site.title() : homeArticle.title();
            if (page(sink, OutputPaths.HOME, "home.ftlh", model(views.siteView(OutputPaths.HOME, ""), views.home(homeTitle, intro), OutputPaths.HOME),
                    homeArticle == null ? "the home page" : homeArticle.displayPath(), d)) pages.incrementAndGet();
        });
        for (String tag : site.tags().keySet()) {
            tasks.add(() -> {
                String url = OutputPaths.tag(tag);
                if (page(sink, url, "tag.ftlh", model(views.siteView(url, null), views.tag(tag), url), "tag " + tag, d)) pages.incrementAndGet();
            });
        }
        tasks.add(() -> {
            if (page(sink, OutputPaths.TAGS, "tags.ftlh", model(views.siteView(OutputPaths.TAGS, null), views.tagIndex(), OutputPaths.TAGS), "the tag index", d)) {
                pages.incrementAndGet();
            }
        });
        tasks.add(() -> {
            if (page(sink, OutputPaths.A_TO_Z, "a-z.ftlh", model(views.siteView(OutputPaths.A_TO_Z, null), views.az(), OutputPaths.A_TO_Z), "the A-Z index", d)) {
                pages.incrementAndGet();
            }
        });
        tasks.add(() -> {
            if (notFound(site, views, sink, d)) pages.incrementAndGet();
        });
        if (!site.baseUrl().isEmpty()) tasks.add(() -> sink.write("sitemap.xml", Sitemap.xml(site)));
        pool.submit(() -> ForkJoinTask.invokeAll(tasks.stream().map(ForkJoinTask::adapt).toList())).join();
        for (ForkJoinTask<?> t : started) t.join();
        return pages.get();
    }

    /** The HTML of each comparison an article embeds with {@code ![[Title]]}, by the embed's offset. */
    private Map<Integer, String> embeds(Site site, ParsedArticle p, String url, ComparisonViews views, Diagnostics d) {
        Map<Integer, String> embeds = new HashMap<>();
        Map<Integer, ResolvedLink> links = site.links().get(url);
        for (LinkRef ref : p.links()) {
            if (ref.kind() != LinkKind.EMBED) continue;
            ResolvedLink r = links.get(ref.offset());
            Comparison c = r == null || r.isBroken() ? null : site.comparison(r.targetUrl());
            if (c == null) continue;
            Map<String, Object> model = new HashMap<>();
            model.put("table", views.table(c, url));
            model.put("root", OutputPaths.root(url));
            String html = theme.render("embed.ftlh", model, p.source().displayPath(), d);
            if (html != null) embeds.put(ref.offset(), html);
        }
        return embeds;
    }

    /**
     * The 404 page is served at whatever path was asked for, so relative URLs cannot work there: with a
     * base URL its links are absolute; without one they are relative to the site root.
     */
    private boolean notFound(Site site, ViewFactory views, PageSink sink, Diagnostics d) {
        String url = OutputPaths.NOT_FOUND;
        String base = site.baseUrl().isEmpty() ? "" : site.baseUrl().replaceAll("/*$", "/");
        PageViews.SiteView siteView = base.isEmpty() ? views.siteView(url, null) : views.absoluteSiteView(base);
        Map<String, Object> model = model(siteView, new PageViews.NotFoundPage("Page not found", url), url);
        if (!base.isEmpty()) model.put("root", base);
        return page(sink, url, "404.ftlh", model, "the 404 page", d);
    }

    private static Map<String, Object> model(PageViews.SiteView siteView, Object page, String url) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteView);
        model.put("page", page);
        model.put("root", OutputPaths.root(url));
        return model;
    }

    private boolean page(PageSink sink, String url, String template, Map<String, Object> model, String pageDisplay, Diagnostics d) {
        return theme.render(template, model, pageDisplay, d, sink, url);
    }
}
