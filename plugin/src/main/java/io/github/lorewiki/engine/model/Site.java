package io.github.lorewiki.engine.model;

import java.util.List;
import java.util.Map;

/**
 * LINK result: the whole wiki, immutable. Entities refer to each other by URL.
 *
 * @param articles   published articles, sorted by URL
 * @param categories every folder holding articles, sorted by folder path
 * @param tags       tag → URLs of its articles and comparisons, sorted by tag, pages by title
 * @param backlinks  article URL → URLs of the articles linking to it, sorted by title
 * @param links      article URL → resolved links by their offset in the article's body
 * @param assets     output paths of the static files copied from the source folder
 * @param comparisons comparison definitions, sorted by URL
 * @param glossary   the glossary's terms and the term links of each article
 */
public record Site(String title, String baseUrl, List<Article> articles, Map<String, Article> byUrl,
                   List<Category> categories, Map<String, List<String>> tags,
                   Map<String, List<String>> backlinks, Map<String, Map<Integer, ResolvedLink>> links,
                   List<String> assets, List<Comparison> comparisons, Glossary glossary) {
    public Site {
        articles = List.copyOf(articles);
        byUrl = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(byUrl)); // looked up per link and listing entry: hashed, not probed
        categories = List.copyOf(categories);
        assets = List.copyOf(assets);
        comparisons = List.copyOf(comparisons);
        if (glossary == null) glossary = Glossary.EMPTY;
    }

    /** A site without a glossary. */
    public Site(String title, String baseUrl, List<Article> articles, Map<String, Article> byUrl,
                List<Category> categories, Map<String, List<String>> tags,
                Map<String, List<String>> backlinks, Map<String, Map<Integer, ResolvedLink>> links,
                List<String> assets, List<Comparison> comparisons) {
        this(title, baseUrl, articles, byUrl, categories, tags, backlinks, links, assets, comparisons, Glossary.EMPTY);
    }

    public Comparison comparison(String url) {
        for (Comparison c : comparisons) {
            if (c.url().equals(url)) return c;
        }
        return null;
    }

    public Article article(String url) {
        return byUrl.get(url);
    }

    public Category category(String folder) {
        for (Category c : categories) {
            if (c.folder().equals(folder)) return c;
        }
        return null;
    }
}
