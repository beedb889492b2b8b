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

import java.util.List;

/**
 * The Markdown dialect of Lore: CommonMark plus GFM tables, strikethrough, task lists and autolinks,
 * footnotes, definition lists and wikilinks. One immutable option set shared by parser and renderer,
 * built once per run: flexmark parsers are expensive to build and safe to share between threads.
 */
public final class Markdown {
    public static final DataHolder OPTIONS = options();
    /** Parses as {@link #OPTIONS} does, with flexmark's table pass behind a cheap gate. */
    private static final Parser PARSER = Parser.builder(gated(OPTIONS)).build();
    /** The same dialect without the autolink pass, whose regex scan of every text node is the parser's costliest step. */
    private static final Parser WITHOUT_AUTOLINKS = Parser.builder(withoutAutolinks(gated(OPTIONS))).build();

    private Markdown() {
    }

    public static Parser parser() {
        return PARSER;
    }

    /**
     * Parses Markdown, skipping the autolink scan when the text cannot hold a bare URL or e-mail address
     * (no "://", "www.", "@", nor a backslash or '&' that could hide one): the tree is the same, and most articles are parsed a fifth faster.
     */
    public static Document parse(String markdown) {
        return mayHoldAutolink(markdown) ? PARSER.parse(markdown) : WITHOUT_AUTOLINKS.parse(markdown);
    }

    static boolean mayHoldAutolink(String text) {
        // flexmark looks for links in unescaped text: "http:\/\/x" and "www&#46;x" may be links too
        if (text.indexOf('@') >= 0 || text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 || text.contains("://")) return true;
        for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (text.regionMatches(true, dot - 3, "www", 0, 3)) return true;
        }
        return false;
    }

    private static DataHolder withoutAutolinks(DataHolder options) {
        MutableDataSet o = new MutableDataSet(options);
        o.set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(options).stream().filter(e -> !(e instanceof AutolinkExtension)).toList());
        return o.toImmutable();
    }

    /**
     * The parser's options: {@code options} with the table extension replaced, in place, by its gated
     * form. Renderers keep using {@link #OPTIONS}, whose table extension also renders tables.
     */
    private static DataHolder gated(DataHolder options) {
        MutableDataSet o = new MutableDataSet(options);
        o.set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(options).stream()
                .map(e -> e instanceof TablesExtension ? new TableGate() : e).toList());
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
