package io.github.lorewiki.engine.model;

import java.util.List;
import java.util.Map;

/**
 * A published article, as templates and later stages see it. Refers to other pages by URL only.
 *
 * @param sourcePath path relative to the source folder ("concepts/memory.md")
 * @param url        output path relative to the site root ("concepts/memory.html"): the page's identity
 * @param folder     the category folder the article belongs to, "" at the top
 * @param folderIndex true for a folder's {@code index.md}, which is its category page
 */
public record Article(String sourcePath, String displayPath, String url, String title, List<String> aliases,
                      String summary, List<String> tags, boolean draft, Integer order, Map<String, Object> extra,
                      List<Heading> headings, String folder, boolean folderIndex) {
    public Article {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        headings = List.copyOf(headings);
    }

    /** Orders articles in listings: by {@code order} when given, then by title. */
    public static final java.util.Comparator<Article> LISTING = java.util.Comparator
            .comparing((Article a) -> a.order() == null ? Integer.MAX_VALUE : a.order())
            .thenComparing(a -> a.title().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(Article::url);

    public static final java.util.Comparator<Article> BY_TITLE = java.util.Comparator
            .comparing((Article a) -> a.title().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(Article::url);
}
