package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown dialect of Lore: CommonMark plus GFM tables, strikethrough, task lists and autolinks,
 * footnotes, definition lists and wikilinks. One immutable option set shared by parser and renderer,
 * built once per run: flexmark parsers are expensive to build and safe to share between threads.
 */
public final class Markdown {
    public static final DataHolder OPTIONS = options();
    /** Parses as {@link #OPTIONS} does, with flexmark's table and autolink passes and some block parsers behind cheap gates. */
    private static final Parser PARSER = Parser.builder(gated(OPTIONS, true)).build();
    /** The same without the autolink pass, for text that cannot hold a bare URL or e-mail address at all. */
    private static final Parser WITHOUT_AUTOLINKS = Parser.builder(gated(OPTIONS, false)).build();

    private Markdown() {
    }

    public static Parser parser() {
        return PARSER;
    }

    /**
     * Parses Markdown, skipping the autolink pass when no text node could hold a link (see
     * {@link AutolinkGate#mayHoldLink(String)}): the tree is the same, and that pass, even gated,
     * walks the whole tree.
     */
    public static Document parse(String markdown) {
        return AutolinkGate.mayHoldLink(markdown) ? PARSER.parse(markdown) : WITHOUT_AUTOLINKS.parse(markdown);
    }

    /**
     * Parses a snippet kept outside an article's body (a glossary definition, a comparison cell). Where flexmark
     * fails on it, the failure is reported at {@code pos} and the tree is empty: the build fails with an error
     * that names the place instead of a stack trace.
     */
    public static Document parseSnippet(String markdown, SourcePos pos, Diagnostics d) {
        try {
            return parse(markdown);
        } catch (RuntimeException e) {
            UnparsableMarkdown.report(d, pos, "this text", e);
            return parse("");
        }
    }

    /**
     * Parses a snippet parsed once before with {@link #parseSnippet}, which reported any failure: then an empty
     * tree. (A user may lower that error to a warning, and the build then goes on to render.)
     */
    public static Document parseReported(String markdown) {
        try {
            return parse(markdown);
        } catch (RuntimeException e) {
            return parse("");
        }
    }

    /**
     * The parser's options: {@code options} with the table and autolink extensions replaced, in place,
     * by their gated forms (or the autolinks dropped), some core block parsers by {@link BlockGates}, and
     * the fast inline parser in front of flexmark's. Renderers keep using {@link #OPTIONS}, whose
     * extensions also render tables.
     */
    private static DataHolder gated(DataHolder options, boolean autolinks) {
        List<Extension> extensions = new ArrayList<>();
        for (Extension e : Parser.EXTENSIONS.get(options)) {
            if (e instanceof TablesExtension) {
                extensions.add(new TableGate());
            } else if (e instanceof FootnoteExtension) {
                extensions.add(new BlockGates.Footnotes());
            } else if (e instanceof DefinitionExtension) {
                extensions.add(new BlockGates.Definitions());
            } else if (e instanceof AutolinkExtension) {
                if (autolinks) extensions.add(new AutolinkGate());
            } else {
                extensions.add(e);
            }
        }
        extensions.add(new BlockGates());
        extensions.add(new FastInlineParser.Extension()); // last: see FastInlineParser.Extension
        MutableDataSet o = new MutableDataSet(options);
        o.set(Parser.EXTENSIONS, extensions);
        return o.toImmutable();
    }

    private static DataHolder options() {
        MutableDataSet o = new MutableDataSet();
        List<Extension> extensions = List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                AutolinkExtension.create(),
                FootnoteExtension.create(),
                DefinitionExtension.create(),
                WikiLinkExtension.create());
        o.set(Parser.EXTENSIONS, extensions);
        // [[Target|label]]: the page first, as in most wikis
        o.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        o.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        o.set(WikiLinkExtension.IMAGE_LINKS, true);
        // [x](<My Page.md>) is CommonMark for a link whose path has spaces
        o.set(Parser.SPACE_IN_LINK_URLS, true);
        // GFM table behaviour
        o.set(TablesExtension.COLUMN_SPANS, false);
        o.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        o.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        o.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        return o.toImmutable();
    }
}
