package io.github.lorewiki.engine.model;

import java.util.Map;

/**
 * A piece of inline Markdown written outside an article (a table cell, a summary, a definition), with
 * its links resolved. The renderer turns it into HTML for the page it appears on.
 *
 * @param links resolved links by their offset in {@code markdown}
 */
public record Fragment(String markdown, Map<Integer, ResolvedLink> links) {
    public static final Fragment EMPTY = new Fragment("", Map.of());

    public Fragment {
        links = Map.copyOf(links);
    }

    public boolean isEmpty() {
        return markdown.isBlank();
    }

    /** A cell left empty on purpose with {@code —}, {@code -} or {@code n/a}. */
    public boolean isDeliberatelyEmpty() {
        String s = markdown.strip();
        return s.equals("\u2014") || s.equals("-") || s.equals("\u2013") || s.equalsIgnoreCase("n/a");
    }
}
