package io.github.lorewiki.engine.source;

import java.util.List;

/**
 * What the source folder holds: Markdown articles, comparison definitions (YAML under {@code comparisons/}),
 * and every other file, copied as a static asset.
 */
public record SourceSet(List<SourceFile> articles, List<SourceFile> comparisons, List<SourceFile> assets) {
    public SourceSet {
        articles = List.copyOf(articles);
        comparisons = List.copyOf(comparisons);
        assets = List.copyOf(assets);
    }

    public SourceSet(List<SourceFile> articles, List<SourceFile> assets) {
        this(articles, List.of(), assets);
    }
}
