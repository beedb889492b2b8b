package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.util.ast.Document;
import io.github.lorewiki.engine.model.FrontMatter;
import io.github.lorewiki.engine.model.Heading;
import io.github.lorewiki.engine.model.LinkRef;
import io.github.lorewiki.engine.source.SourceFile;

import java.util.List;
import java.util.Map;

/**
 * PARSE result for one article. The flexmark document is mutable and stays inside the engine: only the
 * renderer reads it, never templates.
 *
 * @param headingIds   anchor id of each heading, by the heading's offset in the body
 * @param titleHeading offset of a leading {@code # Title} that became the page title (not rendered again), or -1
 */
public record ParsedArticle(SourceFile source, FrontMatter frontMatter, String title, List<Heading> headings,
                            Map<Integer, String> headingIds, List<LinkRef> links, MarkdownTree tree,
                            int titleHeading) {
    /** The Markdown tree of the body; see {@link MarkdownTree} for why it may be parsed again. */
    public Document document() {
        return tree.get();
    }

    public ParsedArticle {
        headings = List.copyOf(headings);
        headingIds = Map.copyOf(headingIds);
        links = List.copyOf(links);
    }
}
