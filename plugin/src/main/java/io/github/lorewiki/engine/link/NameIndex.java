package io.github.lorewiki.engine.link;

import io.github.lorewiki.engine.model.Slug;
import io.github.lorewiki.engine.parse.ParsedArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every name an article answers to in a wikilink: its title and aliases first, then its path and file
 * name. Names compare without case, spacing or hyphen differences. A name shared by two articles is
 * ambiguous, and that is reported where it is used.
 */
public final class NameIndex {
    private final Map<String, List<ParsedArticle>> byTitle = new HashMap<>();
    private final Map<String, List<ParsedArticle>> byPath = new HashMap<>();
    private final Map<String, ParsedArticle> bySourcePath = new HashMap<>();
    private final Set<String> titles = new TreeSet<>();

    public NameIndex(List<ParsedArticle> articles) {
        for (ParsedArticle a : articles) {
            add(byTitle, a.title(), a);
            titles.add(a.title());
            for (String alias : a.frontMatter().aliases()) {
                add(byTitle, alias, a);
                titles.add(alias);
            }
            String rel = a.source().relPath();
            String noExt = rel.substring(0, rel.length() - 3);
            add(byPath, rel, a);
            add(byPath, noExt, a);
            if (a.source().baseName().equalsIgnoreCase("index")) {
                if (!a.source().folder().isEmpty()) add(byPath, a.source().folder(), a);
            } else {
                add(byPath, a.source().baseName(), a);
            }
            bySourcePath.put(rel, a);
        }
    }

    private static void add(Map<String, List<ParsedArticle>> map, String name, ParsedArticle a) {
        List<ParsedArticle> list = map.computeIfAbsent(Slug.key(name), k -> new ArrayList<>(1));
        if (!list.contains(a)) list.add(a);
    }

    /** The articles a name could mean: those whose title or alias matches, else those whose path matches. */
    public List<ParsedArticle> find(String name) {
        String key = Slug.key(name);
        List<ParsedArticle> hits = byTitle.get(key);
        if (hits != null) return hits;
        hits = byPath.get(key);
        if (hits != null) return hits;
        if (key.endsWith(".md")) return List.of();
        return byPath.getOrDefault(key + ".md", List.of());
    }

    public ParsedArticle bySourcePath(String relPath) {
        return bySourcePath.get(relPath);
    }

    /** Titles and aliases, for "did you mean" suggestions. */
    public Set<String> names() {
        return titles;
    }

    /** Names that more than one article answers to as a title or alias, with those articles. */
    public Map<String, List<ParsedArticle>> sharedTitles() {
        Map<String, List<ParsedArticle>> shared = new java.util.TreeMap<>();
        byTitle.forEach((k, v) -> {
            if (v.size() > 1) shared.put(k, v);
        });
        return shared;
    }

    static Set<String> displayPaths(List<ParsedArticle> list) {
        Set<String> out = new LinkedHashSet<>();
        for (ParsedArticle a : list) out.add(a.source().displayPath());
        return out;
    }
}
