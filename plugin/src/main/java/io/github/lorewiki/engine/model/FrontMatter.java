package io.github.lorewiki.engine.model;

import io.github.lorewiki.engine.diag.SourcePos;

import java.util.List;
import java.util.Map;

/**
 * The YAML header of an article. Every field is optional; keys Lore does not know stay in {@code extra}
 * and reach templates as {@code page.extra}.
 *
 * @param positions where each value was written, by a path of keys and list indexes: {@code /summary},
 *                  {@code /defines/0/term}; for the values of {@code extra} and for {@code summary}
 */
public record FrontMatter(String title, List<String> aliases, String summary, List<String> tags,
                          boolean draft, Integer order, Map<String, Object> extra, Map<String, SourcePos> positions) {

    public static final FrontMatter EMPTY = new FrontMatter(null, List.of(), null, List.of(), false, null, Map.of());

    public FrontMatter {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
        extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        positions = Map.copyOf(positions);
    }

    public FrontMatter(String title, List<String> aliases, String summary, List<String> tags,
                       boolean draft, Integer order, Map<String, Object> extra) {
        this(title, aliases, summary, tags, draft, order, extra, Map.of());
    }

    /** Where the value at {@code path} was written, or {@code fallback} when not known. */
    public SourcePos pos(String path, SourcePos fallback) {
        return positions.getOrDefault(path, fallback);
    }
}
