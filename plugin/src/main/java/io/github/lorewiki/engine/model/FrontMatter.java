package io.github.lorewiki.engine.model;

import java.util.List;
import java.util.Map;

/**
 * The YAML header of an article. Every field is optional; keys Lore does not know stay in {@code extra}
 * and reach templates as {@code page.extra}.
 */
public record FrontMatter(String title, List<String> aliases, String summary, List<String> tags,
                          boolean draft, Integer order, Map<String, Object> extra) {

    public static final FrontMatter EMPTY = new FrontMatter(null, List.of(), null, List.of(), false, null, Map.of());

    public FrontMatter {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
    }
}
