package io.github.lorewiki.engine.link;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.glossary.GlossaryAssembler;
import io.github.lorewiki.engine.glossary.ParsedTerm;
import io.github.lorewiki.engine.glossary.TermLinkMode;
import io.github.lorewiki.engine.model.Article;
import io.github.lorewiki.engine.model.Category;
import io.github.lorewiki.engine.model.Comparison;
import io.github.lorewiki.engine.model.Fragment;
import io.github.lorewiki.engine.model.Glossary;
import io.github.lorewiki.engine.model.LinkRef;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.ResolvedLink;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.parse.ArticleParser;
import io.github.lorewiki.engine.parse.ParsedArticle;
import io.github.lorewiki.engine.parse.ParsedComparison;
import io.github.lorewiki.engine.source.SourceFile;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * LINK stage: from parsed articles to the immutable {@link Site}. Resolves every link, builds backlinks,
 * categories and tags, and reports names and output paths that clash.
 */
public final class SiteAssembler {
    private final String siteTitle;
    private final String baseUrl;
    private final boolean includeDrafts;
    private final TermLinkMode termLinks;

    public SiteAssembler(String siteTitle, String baseUrl, boolean includeDrafts) {
        this(siteTitle, baseUrl, includeDrafts, TermLinkMode.FIRST);
    }

    /** @param termLinks which mentions of glossary terms become links */
    public SiteAssembler(String siteTitle, String baseUrl, boolean includeDrafts, TermLinkMode termLinks) {
        this.siteTitle = siteTitle;
        this.baseUrl = baseUrl == null ? "" : baseUrl;
        this.includeDrafts = includeDrafts;
        this.termLinks = termLinks;
    }

    public Site assemble(List<ParsedArticle> parsed, List<SourceFile> assetFiles, Diagnostics d) {
        return assemble(parsed, List.of(), assetFiles, d);
    }

    public Site assemble(List<ParsedArticle> parsed, List<ParsedComparison> parsedComparisons, List<SourceFile> assetFiles, Diagnostics d) {
        return assemble(parsed, parsedComparisons, List.of(), assetFiles, d);
    }

    /** @param terms the terms of the glossary files */
    public Site assemble(List<ParsedArticle> parsed, List<ParsedComparison> parsedComparisons, List<ParsedTerm> terms,
                         List<SourceFile> assetFiles, Diagnostics d) {
        Set<String> assetPaths = new HashSet<>();
        for (SourceFile f : assetFiles) assetPaths.add(f.relPath());
        NameIndex names = new NameIndex(parsed);
        Map<String, LinkResolver.Target> comparisonTargets = ComparisonAssembler.targets(parsedComparisons, names, d);
        List<ParsedArticle> published = parsed.stream().filter(this::isPublished).toList();
        GlossaryAssembler glossary = new GlossaryAssembler(terms, published, termLinks, d);
        LinkResolver resolver = new LinkResolver(names, assetPaths, this::isPublished, comparisonTargets, glossary.targets());

        reportSharedTitles(names, d);

        Map<String, Article> byUrl = new TreeMap<>();
        Map<String, Map<Integer, ResolvedLink>> links = new HashMap<>();
        Map<String, Set<String>> inbound = new HashMap<>();
        // each article's links resolve on their own (the index and the resolver only read); merged in the articles' order
        List<LinkedArticle> linked = published.parallelStream().map(p -> link(p, resolver, d)).toList();
        for (LinkedArticle l : linked) {
            Article a = l.article();
            byUrl.putIfAbsent(a.url(), a);
            for (ResolvedLink r : l.links().values()) {
                if (!r.isBroken() && !r.targetUrl().equals(a.url()) && r.targetUrl().endsWith(".html")) {
                    inbound.computeIfAbsent(r.targetUrl(), k -> new HashSet<>()).add(a.url());
                }
            }
            links.put(a.url(), l.links());
        }
        List<Article> articles = new ArrayList<>(byUrl.values());

        Map<String, List<String>> backlinks = new TreeMap<>();
        inbound.forEach((target, sources) -> backlinks.put(target, sortByTitle(sources, byUrl)));
        List<Comparison> comparisons = new ComparisonAssembler(names, resolver, this::isPublished)
                .assemble(parsedComparisons, comparisonTargets, d);
        Map<String, List<String>> tags = tags(articles, comparisons);
        List<String> generated = generatedPages(tags, comparisons);
        if (!glossary.isEmpty()) generated.addAll(List.of(OutputPaths.GLOSSARY, OutputPaths.GLOSSARY_JSON));
        reportCollisions(published, parsedComparisons, assetFiles, generated, d);
        List<String> assets = assetFiles.stream().map(f -> OutputPaths.asset(f.relPath())).sorted().toList();
        Glossary glossaryModel = glossary.assemble((markdown, refs, folder, self) -> {
            Map<Integer, ResolvedLink> resolved = new HashMap<>();
            for (LinkRef ref : refs) resolved.put(ref.offset(), resolver.resolve(folder, self, ref, d));
            return new Fragment(markdown, resolved);
        }, published, links, byUrl, d);
        return new Site(siteTitle, baseUrl, articles, byUrl, categories(articles),
                Collections.unmodifiableMap(tags), Collections.unmodifiableMap(backlinks), Map.copyOf(links), assets, comparisons, glossaryModel);
    }

    /** An article and its links, resolved, by their offset in the source. */
    private record LinkedArticle(Article article, Map<Integer, ResolvedLink> links) {
    }

    private static LinkedArticle link(ParsedArticle p, LinkResolver resolver, Diagnostics d) {
        Map<Integer, ResolvedLink> table = new HashMap<>();
        for (LinkRef ref : p.links()) table.put(ref.offset(), resolver.resolve(p, ref, d));
        return new LinkedArticle(toArticle(p), Collections.unmodifiableMap(table));
    }

    private boolean isPublished(ParsedArticle p) {
        return includeDrafts || !p.frontMatter().draft();
    }

    private static Article toArticle(ParsedArticle p) {
        SourceFile s = p.source();
        boolean folderIndex = s.baseName().equalsIgnoreCase("index");
        return new Article(s.relPath(), s.displayPath(), OutputPaths.article(s.relPath()), p.title(),
                p.frontMatter().aliases(), p.frontMatter().summary(), p.frontMatter().tags(), p.frontMatter().draft(),
                p.frontMatter().order(), p.frontMatter().extra(), p.headings(), s.folder(), folderIndex);
    }

    /**
     * Tag → URLs of the articles and comparisons carrying it, sorted by title. Spellings that share a tag
     * page ("Data science", "data-science") are one tag, named by the first spelling in sort order.
     */
    private static Map<String, List<String>> tags(List<Article> articles, List<Comparison> comparisons) {
        Map<String, Map<String, String>> tagged = new TreeMap<>();
        Map<String, String> spelling = new TreeMap<>();
        java.util.function.BiConsumer<String, String[]> add = (t, page) -> {
            String slug = io.github.lorewiki.engine.model.Slug.of(t);
            spelling.merge(slug, t, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            tagged.computeIfAbsent(slug, k -> new HashMap<>()).put(page[0], page[1]);
        };
        for (Article a : articles) for (String t : a.tags()) add.accept(t, new String[]{a.url(), a.title()});
        for (Comparison c : comparisons) for (String t : c.tags()) add.accept(t, new String[]{c.url(), c.title()});
        Map<String, List<String>> tags = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        tagged.forEach((slug, titles) -> tags.put(spelling.get(slug), titles.entrySet().stream()
                .sorted(Map.Entry.<String, String>comparingByValue(String.CASE_INSENSITIVE_ORDER).thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList()));
        return tags;
    }

    private static List<String> sortByTitle(Set<String> urls, Map<String, Article> byUrl) {
        return urls.stream().map(byUrl::get).sorted(Article.BY_TITLE).map(Article::url).toList();
    }

    /** Every folder that holds an article, directly or below, becomes a category. */
    private static List<Category> categories(List<Article> articles) {
        Map<String, List<Article>> members = new TreeMap<>();
        Map<String, Article> indexes = new HashMap<>();
        members.put("", new ArrayList<>());
        for (Article a : articles) {
            for (String f = a.folder(); ; f = OutputPaths.folderOf(f)) {
                members.computeIfAbsent(f, k -> new ArrayList<>());
                if (f.isEmpty()) break;
            }
            if (a.folderIndex()) indexes.put(a.folder(), a);
            else members.get(a.folder()).add(a);
        }
        Map<String, Set<String>> children = new TreeMap<>();
        for (String f : members.keySet()) {
            if (!f.isEmpty()) children.computeIfAbsent(OutputPaths.folderOf(f), k -> new TreeSet<>()).add(f);
        }
        List<Category> out = new ArrayList<>();
        members.forEach((folder, list) -> {
            list.sort(Article.LISTING);
            Article index = indexes.get(folder);
            String title = index != null ? index.title()
                    : folder.isEmpty() ? "Home" : ArticleParser.humanize(folder.substring(folder.lastIndexOf('/') + 1));
            out.add(new Category(folder, title, OutputPaths.category(folder), index == null ? null : index.summary(),
                    index != null, list.stream().map(Article::url).toList(),
                    List.copyOf(children.getOrDefault(folder, Set.of()))));
        });
        return out;
    }

    private static void reportSharedTitles(NameIndex names, Diagnostics d) {
        names.sharedTitles().forEach((name, list) -> {
            for (ParsedArticle p : list) {
                List<String> others = list.stream().filter(o -> o != p).map(o -> o.source().displayPath()).toList();
                d.warning("page.duplicate-title", SourcePos.file(p.source().displayPath()),
                        "the title or alias '" + name + "' is also used by " + String.join(", ", others),
                        "give each page its own title; links by this name are ambiguous");
            }
        });
    }

    /** Two sources that land on the same output file, also when they differ only by case or Unicode form. */
    /** The pages Lore writes itself, which no source file may also produce. */
    private static List<String> generatedPages(Map<String, List<String>> tags, List<Comparison> comparisons) {
        List<String> pages = new ArrayList<>(List.of(OutputPaths.A_TO_Z, OutputPaths.NOT_FOUND, OutputPaths.TAGS, "sitemap.xml",
                io.github.lorewiki.engine.search.SearchIndex.DATA, io.github.lorewiki.engine.search.SearchIndex.TEXT));
        if (!comparisons.isEmpty()) pages.addAll(List.of(OutputPaths.COMPARISONS, OutputPaths.COMPARISONS_JSON));
        for (String t : tags.keySet()) pages.add(OutputPaths.tag(t));
        return pages;
    }

    private static void reportCollisions(List<ParsedArticle> articles, List<ParsedComparison> comparisons, List<SourceFile> assets,
                                         List<String> generated, Diagnostics d) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String g : generated) seen.put(g.toLowerCase(Locale.ROOT), "a page Lore generates");
        String themePrefix = io.github.lorewiki.engine.LoreEngine.THEME_ASSETS;
        List<String[]> outputs = new ArrayList<>();
        for (ParsedArticle p : articles) outputs.add(new String[]{OutputPaths.article(p.source().relPath()), p.source().displayPath()});
        for (ParsedComparison c : comparisons) outputs.add(new String[]{ComparisonAssembler.url(c), c.source().displayPath()});
        for (SourceFile f : assets) outputs.add(new String[]{OutputPaths.asset(f.relPath()), f.displayPath()});
        for (String[] o : outputs) {
            String key = Normalizer.normalize(o[0], Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            String first = key.startsWith(themePrefix) ? "the theme's files (" + themePrefix + ")" : seen.putIfAbsent(key, o[1]);
            if (first != null) {
                d.error("output.collision", SourcePos.file(o[1]), "writes the same output file '" + o[0] + "' as " + first
                        + " (names that differ only in case or accents clash on macOS and Windows)", "rename one of the two files");
            }
        }
    }
}
