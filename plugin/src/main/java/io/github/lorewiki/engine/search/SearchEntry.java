package io.github.lorewiki.engine.search;

import java.util.List;

/**
 * One page as the search sees it.
 *
 * @param url      the page's URL relative to the site root, already encoded ("concepts/memory.html")
 * @param kind     what the page is, shown next to the result: "article", "comparison", "term"
 * @param sections the text of the page by section: the first has no heading (the text before the first
 *                 heading, or the whole page), each other one starts at a heading with its anchor
 */
public record SearchEntry(String url, String title, String kind, List<String> aliases, List<String> tags,
                          String summary, List<Section> sections) {
    public SearchEntry {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
    }

    /** Text under a heading; {@code heading} and {@code anchor} are empty for the text before the first heading. */
    public record Section(String heading, String anchor, String text) {
    }
}
