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
            .thenComparing(Article::title, Article::compareLowercase)
            .thenComparing(Article::url);

    public static final java.util.Comparator<Article> BY_TITLE = java.util.Comparator
            .comparing(Article::title, Article::compareLowercase)
            .thenComparing(Article::url);

    /**
     * Compares two titles as their {@code toLowerCase(Locale.ROOT)} forms compare, without making them while the
     * titles are ASCII (sorting a large wiki would make two strings per comparison): ASCII lowercases letter by
     * letter, so the first difference decides; at the first other character the lowercase forms are compared.
     */
    static int compareLowercase(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x >= 0x80 || y >= 0x80) {
                return a.toLowerCase(java.util.Locale.ROOT).compareTo(b.toLowerCase(java.util.Locale.ROOT));
            }
            if (x != y) {
                x = x >= 'A' && x <= 'Z' ? (char) (x + ('a' - 'A')) : x;
                y = y >= 'A' && y <= 'Z' ? (char) (y + ('a' - 'A')) : y;
                if (x != y) return x - y;
            }
        }
        if (a.length() == b.length()) return 0;
        // one is a prefix of the other; the rest of the longer may still lowercase to more characters, never to none
        String longer = a.length() > b.length() ? a : b;
        for (int i = n; i < longer.length(); i++) {
            if (longer.charAt(i) >= 0x80) return a.toLowerCase(java.util.Locale.ROOT).compareTo(b.toLowerCase(java.util.Locale.ROOT));
        }
        return a.length() - b.length();
    }
}
