package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.model.Comparison;
import io.github.lorewiki.engine.model.Fragment;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.render.PageViews.Cell;
import io.github.lorewiki.engine.render.PageViews.ComparedWith;
import io.github.lorewiki.engine.render.PageViews.ComparisonGroup;
import io.github.lorewiki.engine.render.PageViews.ComparisonIndexPage;
import io.github.lorewiki.engine.render.PageViews.ComparisonPage;
import io.github.lorewiki.engine.render.PageViews.ComparisonTable;
import io.github.lorewiki.engine.render.PageViews.LinkView;
import io.github.lorewiki.engine.render.PageViews.TableRow;
import io.github.lorewiki.engine.render.PageViews.TableSection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Builds the views of comparisons: their tables (for their page and every embedding), pages and index. */
final class ComparisonViews {
    private final Site site;
    private final Snippets bodies;
    private final Map<String, List<Comparison>> bySubject = new HashMap<>();

    ComparisonViews(Site site, Snippets bodies) {
        this.site = site;
        this.bodies = bodies;
        for (Comparison c : site.comparisons()) {
            for (Comparison.Subject s : c.subjects()) bySubject.computeIfAbsent(s.articleUrl(), k -> new ArrayList<>()).add(c);
        }
    }

    /** The table of a comparison with its URLs made relative to {@code pageUrl}. */
    ComparisonTable table(Comparison c, String pageUrl) {
        List<LinkView> subjects = c.subjects().stream()
                .map(s -> new LinkView(s.title(), ViewFactory.href(pageUrl, s.articleUrl()))).toList();
        List<TableSection> sections = new ArrayList<>();
        for (Comparison.Section s : c.sections()) {
            List<TableRow> rows = new ArrayList<>();
            for (Comparison.Row r : s.rows()) {
                List<Cell> cells = r.values().stream().map(v -> cell(v, pageUrl)).toList();
                rows.add(new TableRow(r.label(), cells, bodies.fragment(r.note(), pageUrl), r.fromFacts()));
            }
            sections.add(new TableSection(s.heading(), rows));
        }
        List<String> sources = c.sources().stream().map(f -> bodies.fragment(f, pageUrl)).toList();
        return new ComparisonTable(c.title(), ViewFactory.href(pageUrl, c.url()), "cmp-" + c.url().replaceAll("\\.html$", "").replaceAll("[^\\p{L}\\p{N}]+", "-"),
                bodies.fragment(c.summary(), pageUrl), subjects, sections, sources, c.transposed());
    }

    private Cell cell(Fragment value, String pageUrl) {
        if (value.isDeliberatelyEmpty()) return new Cell("\u2014", true);
        return new Cell(bodies.fragment(value, pageUrl), false);
    }

    ComparisonPage page(Comparison c) {
        String url = c.url();
        List<LinkView> crumbs = List.of(new LinkView("Home", ViewFactory.href(url, OutputPaths.HOME)),
                new LinkView("Comparisons", ViewFactory.href(url, OutputPaths.COMPARISONS)));
        List<LinkView> tags = c.tags().stream().map(t -> new LinkView(t, ViewFactory.href(url, OutputPaths.tag(t)))).toList();
        return new ComparisonPage(c.title(), url, c.sourcePath(), crumbs, table(c, url), tags, related(c, url));
    }

    /** Other comparisons that share a subject with this one. */
    private List<LinkView> related(Comparison c, String pageUrl) {
        Set<Comparison> others = new LinkedHashSet<>();
        for (Comparison.Subject s : c.subjects()) others.addAll(bySubject.getOrDefault(s.articleUrl(), List.of()));
        others.remove(c);
        return others.stream().sorted(java.util.Comparator.comparing(Comparison::title))
                .map(o -> new LinkView(o.title(), ViewFactory.href(pageUrl, o.url()), bodies.plainText(o.summary()))).toList();
    }

    /** For a subject article: each comparison it is in, with the other subjects. */
    List<ComparedWith> comparedWith(String articleUrl) {
        List<ComparedWith> out = new ArrayList<>();
        for (Comparison c : bySubject.getOrDefault(articleUrl, List.of())) {
            List<LinkView> others = c.subjects().stream().filter(s -> !s.articleUrl().equals(articleUrl))
                    .map(s -> new LinkView(s.title(), ViewFactory.href(articleUrl, s.articleUrl()))).toList();
            out.add(new ComparedWith(new LinkView(c.title(), ViewFactory.href(articleUrl, c.url())), others));
        }
        return out;
    }

    /** All comparisons, grouped by tag; those without tags under "Other comparisons". */
    ComparisonIndexPage index() {
        String url = OutputPaths.COMPARISONS;
        Map<String, List<LinkView>> groups = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<LinkView> untagged = new ArrayList<>();
        for (Comparison c : site.comparisons().stream().sorted(java.util.Comparator.comparing(Comparison::title)).toList()) {
            LinkView link = new LinkView(c.title(), ViewFactory.href(url, c.url()), bodies.plainText(c.summary()));
            if (c.tags().isEmpty()) untagged.add(link);
            for (String t : c.tags()) groups.computeIfAbsent(t, k -> new ArrayList<>()).add(link);
        }
        List<ComparisonGroup> list = new ArrayList<>();
        groups.forEach((t, items) -> list.add(new ComparisonGroup(t, items)));
        if (!untagged.isEmpty()) list.add(new ComparisonGroup(groups.isEmpty() ? "All comparisons" : "Other comparisons", untagged));
        return new ComparisonIndexPage("Comparisons", url, List.of(new LinkView("Home", ViewFactory.href(url, OutputPaths.HOME))), list);
    }
}
