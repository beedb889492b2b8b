package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteBlockParser;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteLinkRefProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.definition.internal.DefinitionItemBlockParser;
import com.vladsch.flexmark.ext.definition.internal.DefinitionListBlockPreProcessor;
import com.vladsch.flexmark.ext.definition.internal.DefinitionListItemBlockPreProcessor;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gated forms of flexmark's block parsers (headings, thematic breaks, fenced and indented code, lists, HTML
 * blocks, block quotes, and footnotes: see {@link Footnotes}) in place of flexmark's, each built once per
 * parser instead of once per document; the definition item parser is only built once (see {@link Definitions}).
 * <p>
 * flexmark offers every line that does not start with a letter to every block parser in turn; the
 * heading parser runs two regexes (and joins the open paragraph's lines) on each, the others one. Each
 * can only start a block on a line its regex matches from the first non-blank character on (see the
 * gates below, which check that or less), and for any other line returns "none" without changing
 * anything (the list parser only outside lists), so the gate returns that without asking it. Where the
 * gate lets a line through, flexmark's own parser decides.
 * <p>
 * flexmark builds each block parser's factory again for every document (the heading one compiles three
 * regexes, the list one reads a dozen options); these keep nothing of a document (only options and
 * regexes; each call gets the parser state), so one serves every document of a parser.
 * <p>
 * Order: flexmark asks the block parsers in an order resolved from the classes each names as coming
 * before or after it. Each gate names what the core parser it stands for names, with the core classes
 * that are replaced by gates renamed to those gates, so the resolved order is the same, gate for core
 * parser ({@code MarkdownDifferentialTest} checks it).
 */
final class BlockGates implements Parser.ParserExtension {
    /** The factory classes replaced, each with the class of its gate. */
    static final Map<Class<?>, Class<?>> GATE_OF = Map.of(
            HeadingParser.Factory.class, HeadingGate.class,
            ThematicBreakParser.Factory.class, ThematicBreakGate.class,
            FencedCodeBlockParser.Factory.class, FencedCodeGate.class,
            ListBlockParser.Factory.class, ListGate.class,
            FootnoteBlockParser.Factory.class, FootnoteGate.class,
            HtmlBlockParser.Factory.class, HtmlBlockGate.class,
            BlockQuoteParser.Factory.class, BlockQuoteGate.class,
            IndentedCodeBlockParser.Factory.class, IndentedCodeGate.class,
            DefinitionItemBlockParser.Factory.class, DefinitionItemShared.class);
    /** The options that turn the replaced core parsers off. */
    private static final Set<DataKey<Boolean>> CORE_KEYS = Set.of(
            Parser.HEADING_PARSER, Parser.THEMATIC_BREAK_PARSER, Parser.FENCED_CODE_BLOCK_PARSER, Parser.LIST_BLOCK_PARSER,
            Parser.HTML_BLOCK_PARSER, Parser.BLOCK_QUOTE_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER);

    @Override
    public void parserOptions(MutableDataHolder options) {
        for (DataKey<Boolean> key : CORE_KEYS) options.set(key, false);
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new HeadingGate());
        builder.customBlockParserFactory(new ThematicBreakGate());
        builder.customBlockParserFactory(new FencedCodeGate());
        builder.customBlockParserFactory(new ListGate());
        builder.customBlockParserFactory(new HtmlBlockGate());
        builder.customBlockParserFactory(new BlockQuoteGate());
        builder.customBlockParserFactory(new IndentedCodeGate());
    }

    /** The core class a gate stands for, or the class itself: for comparing factory orders. */
    static Class<?> coreClassOf(Class<?> factory) {
        for (Map.Entry<Class<?>, Class<?>> e : GATE_OF.entrySet()) {
            if (e.getValue() == factory) return e.getKey();
        }
        return factory;
    }

    /**
     * HeadingParser looks for, from the first non-blank, {@code ^#{1,6}(?:[ \t]+|$)} (ATX) or else
     * {@code ^(?:=+|-+)[ \t]*$} (a setext underline, which also needs a paragraph above); this is
     * whether either regex finds a match, written out. Those are the regexes for Lore's options: with
     * {@code HEADING_NO_ATX_SPACE} or {@code HEADING_NO_EMPTY_HEADING_WITHOUT_SPACE} the ATX one differs.
     */
    private static final class HeadingGate extends BlockGate {
        HeadingGate() {
            super(new HeadingParser.Factory());
        }

        @Override
        boolean mayStart(ParserState state, BasedSequence line, int first) {
            char c = line.charAt(first);
            if (c != '#' && c != '=' && c != '-') return false;
            int end = run(line, first, c);
            if (c == '#') return end - first <= 6 && (isRegexEnd(line, end) || isSpaceOrTab(line.charAt(end)));
            return isRegexEnd(line, spacesAndTabs(line, end));
        }
    }

    /**
     * ThematicBreakParser matches, from the first non-blank, {@code ^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$}
     * against the whole rest of the line: three or more of one of '*', '_', '-' with only blanks between
     * and after them, written out.
     */
    private static final class ThematicBreakGate extends BlockGate {
        ThematicBreakGate() {
            super(new ThematicBreakParser.Factory());
        }

        @Override
        boolean mayStart(ParserState state, BasedSequence line, int first) {
            char c = line.charAt(first);
            if (c != '*' && c != '_' && c != '-') return false;
            int marks = 0;
            for (int i = first, n = line.length(); i < n; i++) {
                char d = line.charAt(i);
                if (d == c) {
                    marks++;
                } else if (!isSpaceOrTab(d)) {
                    return false;
                }
            }
            return marks >= 3;
        }
    }

    /** FencedCodeBlockParser's opening fence regex is anchored at the first non-blank: '`' or '~'. */
    private static final class FencedCodeGate extends BlockGate {
        FencedCodeGate() {
            super(new FencedCodeBlockParser.Factory());
        }

        @Override
        boolean mayStart(ParserState state, BasedSequence line, int first) {
            char c = line.charAt(first);
            return c == '`' || c == '~';
        }
    }

    /** FootnoteBlockParser's definition regex, {@code ^\[\^\s*(.*)\s*\]:}, is anchored at the first non-blank. */
    private static final class FootnoteGate extends BlockGate {
        FootnoteGate() {
            super(new FootnoteBlockParser.Factory());
        }

        @Override
        boolean mayStart(ParserState state, BasedSequence line, int first) {
            return line.charAt(first) == '[' && first + 1 < line.length() && line.charAt(first + 1) == '^';
        }
    }

    /**
     * flexmark's {@link FootnoteExtension} for the parser, with its block parser behind a {@link FootnoteGate}:
     * what that extension's {@code extend} registers, in the same order. Takes its place in the extension
     * list, so that the footnote block parser keeps its place among the other extensions' ones.
     */
    static final class Footnotes implements Parser.ParserExtension {
        private final FootnoteExtension footnotes = FootnoteExtension.create();

        @Override
        public void parserOptions(MutableDataHolder options) {
            footnotes.parserOptions(options);
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customBlockParserFactory(new FootnoteGate());
            builder.linkRefProcessorFactory(new FootnoteLinkRefProcessor.Factory());
        }
    }

    /** HtmlBlockParser starts a block only at a '<' in the first non-blank place. */
    private static final class HtmlBlockGate extends BlockGate {
        HtmlBlockGate() {
            super(new HtmlBlockParser.Factory());
        }

        @Override
        boolean mayStart(ParserState state, BasedSequence line, int first) {
            return line.charAt(first) == '<';
        }
    }

    /** BlockQuoteParser starts a block only at a '>' in the first non-blank place, and looks at nothing before it checks that. */
    private static final class BlockQuoteGate extends BlockGate {
        BlockQuoteGate() {
            super(new BlockQuoteParser.Factory());
        }

        @Override
        boolean mayStart(ParserState state, BasedSequence line, int first) {
            return line.charAt(first) == '>';
        }
    }

    /** IndentedCodeBlockParser starts a block only on a line that is not blank and indented by the code indent (4) or more. */
    private static final class IndentedCodeGate extends BlockGate {
        IndentedCodeGate() {
            super(new IndentedCodeBlockParser.Factory());
        }

        @Override
        boolean mayStart(ParserState state, MatchedBlockParser matched) {
            return state.getIndent() >= state.getParsing().CODE_BLOCK_INDENT && super.mayStart(state, matched);
        }
    }

    /**
     * The definition item parser, built once per parser but asked about every line as flexmark would: it may
     * change the document when it declines a line, so no gate is put in front of it.
     */
    private static final class DefinitionItemShared extends BlockGate {
        DefinitionItemShared() {
            super(new DefinitionItemBlockParser.Factory());
        }

        @Override
        boolean mayStart(ParserState state, MatchedBlockParser matched) {
            return true;
        }
    }

    /**
     * flexmark's {@link DefinitionExtension} for the parser, with its item parser built once per parser: what
     * that extension's {@code extend} registers, in the same order, in its place in the extension list.
     */
    static final class Definitions implements Parser.ParserExtension {
        private final DefinitionExtension definitions = DefinitionExtension.create();

        @Override
        public void parserOptions(MutableDataHolder options) {
            definitions.parserOptions(options);
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customBlockParserFactory(new DefinitionItemShared());
            builder.blockPreProcessorFactory(new DefinitionListItemBlockPreProcessor.Factory());
            builder.blockPreProcessorFactory(new DefinitionListBlockPreProcessor.Factory());
        }
    }

    /**
     * Inside a list, or right under one, the list parser may change the list's state even when it declines
     * a line: it is always asked there. Elsewhere it declines, changing nothing, unless its list marker
     * regex, {@code ^([\Q+*-\E])(?= |\t|$)|^(\d{1,9})([.)])(?= |\t|$)} for Lore (the item characters are
     * an option), matches from the first non-blank: that needs an item character or a digit there.
     */
    private static final class ListGate extends BlockGate {
        ListGate() {
            super(new ListBlockParser.Factory());
        }

        @Override
        boolean mayStart(ParserState state, MatchedBlockParser matched) {
            BlockParser parser = matched.getBlockParser();
            if (parser instanceof ListBlockParser || parser.getBlock().getAncestorOfType(ListBlock.class) != null) return true;
            return super.mayStart(state, matched);
        }

        @Override
        boolean mayStart(ParserState state, BasedSequence line, int first) {
            char c = line.charAt(first);
            return c >= '0' && c <= '9' || state.getParsing().itemPrefixChars.indexOf(c) >= 0;
        }
    }

    /** The end of the run of {@code c} that starts at {@code from}. */
    private static int run(BasedSequence line, int from, char c) {
        int i = from;
        while (i < line.length() && line.charAt(i) == c) i++;
        return i;
    }

    private static int spacesAndTabs(BasedSequence line, int from) {
        int i = from;
        while (i < line.length() && isSpaceOrTab(line.charAt(i))) i++;
        return i;
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * Where a regex's {@code $} (no flags) matches: at the end, or before a line terminator that ends the
     * text. flexmark's lines hold no '\n' or '\r'; the other terminators of {@code $} can end one.
     */
    private static boolean isRegexEnd(BasedSequence line, int i) {
        int n = line.length();
        if (i == n) return true;
        if (i != n - 1) return false;
        char c = line.charAt(i);
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
