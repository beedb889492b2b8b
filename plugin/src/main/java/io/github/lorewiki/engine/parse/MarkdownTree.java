package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.util.ast.Document;

import java.lang.ref.SoftReference;

/**
 * An article's Markdown tree, kept while memory allows. Trees of a large wiki take more memory than
 * everything else together; they are held softly, so under memory pressure the collector may drop them,
 * and the next reader parses the same text again and gets the same tree (parsing is deterministic, so
 * every offset, link and heading id still matches).
 */
public final class MarkdownTree {
    private final String markdown;
    private volatile SoftReference<Document> tree;

    MarkdownTree(String markdown, Document parsed) {
        this.markdown = markdown;
        this.tree = new SoftReference<>(parsed);
    }

    /** The tree; callers keep it only while they use it. */
    public Document get() {
        Document doc = tree.get();
        if (doc == null) {
            doc = Markdown.parse(markdown);
            tree = new SoftReference<>(doc);
        }
        return doc;
    }

    /** Drops the tree as the collector would under memory pressure (for tests). */
    void forget() {
        tree = new SoftReference<>(null);
    }
}
