package io.github.lorewiki.engine.source;

import java.util.List;

/** What the source folder holds: Markdown articles, and every other file, copied as a static asset. */
public record SourceSet(List<SourceFile> articles, List<SourceFile> assets) {
    public SourceSet {
        articles = List.copyOf(articles);
        assets = List.copyOf(assets);
    }
}
