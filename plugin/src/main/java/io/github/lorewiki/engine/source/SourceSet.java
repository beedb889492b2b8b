package io.github.lorewiki.engine.source;

import java.util.List;

/**
 * What the source folder holds: Markdown articles, comparison definitions (YAML under {@code comparisons/}),
 * glossary files ({@code glossary.yml}, YAML under {@code glossary/}) and every other file, copied as a static asset.
 */
public record SourceSet(List<SourceFile> articles, List<SourceFile> comparisons, List<SourceFile> assets,
                        List<SourceFile> glossaries) {
    public SourceSet {
        articles = List.copyOf(articles);
        comparisons = List.copyOf(comparisons);
        assets = List.copyOf(assets);
        glossaries = List.copyOf(glossaries);
    }

    public SourceSet(List<SourceFile> articles, List<SourceFile> comparisons, List<SourceFile> assets) {
        this(articles, comparisons, assets, List.of());
    }

    public SourceSet(List<SourceFile> articles, List<SourceFile> assets) {
        this(articles, List.of(), assets);
    }
}
