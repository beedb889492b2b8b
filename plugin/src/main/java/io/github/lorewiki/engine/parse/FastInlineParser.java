package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.ext.wikilink.internal.WikiLinkLinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's inline parser with a fast path in front. Most prose is plain text with a few code spans,
 * simple emphasis, wikilinks and footnote references; for such a block {@link InlinePlan} reads the text
 * once over the document's own string and this class builds the very nodes flexmark would (same types,
 * same characters, wikilinks and footnotes made by flexmark's own link-ref processors). Anything the plan
 * is not sure about — escapes, entities, HTML, ordinary links, nested or intraword emphasis, a block
 * whose lines are not contiguous in the source — leaves the block untouched and flexmark parses it.
 * {@code FastInlineDifferentialTest} holds the two to the same trees.
 */
final class FastInlineParser extends InlineParserImpl {
    /**
     * Installs the parser; registered after every other extension. flexmark leaves out its own
     * link-reference-definition pre-processor once the inline parser is not its own, so this puts it
     * back, last in the list as flexmark would have it.
     */
    static final class Extension implements Parser.ParserExtension {
        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
            builder.customInlineParserFactory(FastInlineParser::forDocument);
            if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
                builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
            }
        }
    }

    /** The characters InlineParserImpl itself gives a meaning (besides delimiters and extensions). */
    private static final String CONSTRUCTS = "\n\r\\`[]!<&";

    /** Whether a character below 128 may be read as plain text (it starts no inline construct). */
    private final boolean[] plain;
    /** The options the plan assumes; with others every block goes to flexmark. */
    private final boolean usable;
    private LinkRefProcessor[] levelZero = new LinkRefProcessor[0];
    private LinkRefProcessor[] levelOne = new LinkRefProcessor[0];
    private String source;
    private BasedSequence sourceChars;
    private final InlinePlan plan = new InlinePlan();
    /** The cells of the table being read (see {@link FastTable}): planned first, built once all are sure. */
    private final InlinePlan cells = new InlinePlan();
    private final InlinePlan.LinkRefs linkRefs = this::linkRef;
    /** What it was made from, to tell whether another document's parser may have it. */
    private final DataHolder givenOptions;
    private final List<InlineParserExtensionFactory> givenExtensions;
    /** Handed to a document parser and not yet finished with (a parse that failed keeps it so, for good). */
    private boolean inUse;

    /** The wikilink processor, made for the first document. */
    private LinkRefProcessor wikiLinks;

    /** Each worker's inline parsers, one per Parser it used lately (Lore parses with two: with and without autolinks). */
    private static final ThreadLocal<FastInlineParser[]> KEPT = ThreadLocal.withInitial(() -> new FastInlineParser[4]);

    /**
     * The inline parser for the next document. flexmark asks for a new one per document, and making one costs
     * more than parsing a small document's inlines (it reads options and compiles regular expressions); all of
     * that depends only on the Parser, and the rest is set per document ({@code initializeDocument}) or per
     * block ({@code parse}), so a worker's parser made for the same Parser is handed out again when free.
     */
    static FastInlineParser forDocument(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                        Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                                        List<InlineParserExtensionFactory> extensions) {
        FastInlineParser[] kept = KEPT.get();
        int slot = kept.length - 1; // replaced when none is free: the least recently made
        for (int i = 0; i < kept.length; i++) {
            FastInlineParser p = kept[i];
            if (p == null) {
                slot = i;
                break;
            }
            if (!p.inUse && p.givenOptions == options && p.originalSpecialCharacters == specialCharacters
                    && p.delimiterCharacters == delimiterCharacters && p.delimiterProcessors == delimiterProcessors
                    && p.linkRefProcessorsData == linkRefProcessors && p.givenExtensions == extensions) {
                p.inUse = true;
                return p;
            }
        }
        FastInlineParser made = new FastInlineParser(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
        System.arraycopy(kept, 0, kept, 1, slot);
        kept[0] = made;
        made.inUse = true;
        return made;
    }

    private FastInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                             Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                             List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
        givenOptions = options;
        givenExtensions = extensions;
        // What InlineParserImpl does with a character depends only on its switch and the delimiters; the
        // special-character set itself is shared per Parser and grows with every table row parsed
        // (parseCustom adds '|', ':' and '-' for good), after which those are still read as text.
        plain = plainCharacters(delimiterCharacters);
        // the delimiters the plan knows; any other special character sends the block to flexmark
        boolean knownDelimiters = true;
        for (char c : delimiterProcessors.keySet()) knownDelimiters &= c == '*' || c == '_' || c == '~';
        usable = knownDelimiters && extensions.isEmpty()
                && !this.options.hardLineBreakLimit && !this.options.spaceInLinkElements
                && !this.options.codeSoftLineBreaks
                && !this.options.inlineDelimiterDirectionalPunctuations;
    }

    /** Which characters below 128 are plain text to InlineParserImpl, given its delimiter characters. */
    static boolean[] plainCharacters(BitSet delimiterCharacters) {
        boolean[] plain = new boolean[128];
        for (char c = 0; c < 128; c++) plain[c] = CONSTRUCTS.indexOf(c) < 0 && !delimiterCharacters.get(c);
        return plain;
    }

    @Override
    public void initializeDocument(Document document) {
        if (inlineParserExtensionFactories == null) {
            // what InlineParserImpl does, except that the wikilink processor (it holds only options, read
            // from this parser's options) is made once rather than per document
            this.document = document;
            referenceRepository = Parser.REFERENCES.get(document);
            linkRefProcessors = new java.util.ArrayList<>(linkRefProcessorsData.processors.size());
            for (LinkRefProcessorFactory factory : linkRefProcessorsData.processors) {
                if (factory instanceof WikiLinkLinkRefProcessor.Factory) {
                    if (wikiLinks == null) wikiLinks = factory.apply(document);
                    linkRefProcessors.add(wikiLinks);
                } else {
                    linkRefProcessors.add(factory.apply(document));
                }
            }
        } else {
            super.initializeDocument(document);
        }
        BasedSequence chars = document.getChars();
        source = chars.getBase() instanceof String s && chars.getStartOffset() == 0 ? s : null;
        sourceChars = chars;
        int n = linkRefProcessors.size();
        List<LinkRefProcessor> zero = new java.util.ArrayList<>(n);
        List<LinkRefProcessor> one = new java.util.ArrayList<>(n);
        for (LinkRefProcessor p : linkRefProcessors) {
            // a processor that also takes a leading '!' sees the brackets alone when there is none,
            // and the plan leaves every '![' to flexmark
            if (p.getBracketNestingLevel() == 0) zero.add(p);
            else if (p.getBracketNestingLevel() == 1) one.add(p);
        }
        levelZero = zero.toArray(new LinkRefProcessor[0]);
        levelOne = one.toArray(new LinkRefProcessor[0]);
    }

    @Override
    public void finalizeDocument(Document document) {
        super.finalizeDocument(document);
        source = null;
        sourceChars = null;
        cells.clear();
        this.document = null; // nor keep the last document reachable
        referenceRepository = null;
        linkRefProcessors = null;
        block = null;
        input = null;
        inUse = false;
    }

    @Override
    public void parse(BasedSequence content, Node block) {
        // parseCustom (table rows) and blocks that take no decoration keep flexmark's own path
        if (usable && customCharacters == null && source != null && !(block instanceof DoNotDecorate)
                && block.getFirstChild() == null) {
            BasedSequence in = content.trim();
            if ((in instanceof SubSequence || in instanceof CharSubSequence) && in.getBase() == source
                    && plan.read(source, in.getStartOffset(), in.getEndOffset(), plain, linkRefs)) {
                build(plan, 0, plan.size(), block);
                return;
            }
        }
        super.parse(content, block);
    }

    /**
     * The link-ref processor flexmark would pick for {@code [label]} ({@code nested} false) or
     * {@code [[label]]}, or null when flexmark would first try another reading of those brackets.
     */
    private LinkRefProcessor linkRef(int start, int end, boolean nested) {
        if (nested) {
            // unless told to look ahead first, flexmark first offers the inner "[label]" to the
            // single-bracket processors; either way a match there is left to flexmark
            if (!options.matchLookaheadFirst && first(levelZero, start + 1, end - 1) != null) return null;
            return first(levelOne, start, end);
        }
        return first(levelZero, start, end);
    }

    private LinkRefProcessor first(LinkRefProcessor[] processors, int start, int end) {
        if (processors.length == 0) return null;
        BasedSequence chars = sourceChars.subSequence(start, end);
        for (LinkRefProcessor p : processors) {
            if (p.isMatch(chars)) return p;
        }
        return null;
    }

    /** The document's text when table cells may be planned here (this parser's options, a document read from a string), else null. */
    String cellSource() {
        return usable ? source : null;
    }

    /** Starts the plan of a table's cells over. */
    void clearCells() {
        cells.clear();
    }

    /**
     * Plans the inline nodes of one cell, {@code from} to {@code to} in {@link #cellSource()}, after those
     * planned so far; {@code before} and {@code after} are what flexmark sees around it. False when
     * flexmark may read it otherwise.
     */
    boolean planCell(int from, int to, char before, char after) {
        return cells.append(source, from, to, before, after, plain, linkRefs);
    }

    /** How many nodes the cells planned so far make. */
    int plannedCells() {
        return cells.size();
    }

    /** Whether the planned node {@code k} is a text node. */
    boolean plannedText(int k) {
        return cells.kind(k) == InlinePlan.TEXT;
    }

    /** Builds the planned nodes {@code from} to {@code to} under {@code parent}. */
    void buildCell(int from, int to, Node parent) {
        build(cells, from, to, parent);
    }

    private void build(InlinePlan plan, int from, int to, Node block) {
        BasedSequence src = sourceChars;
        for (int k = from; k < to; k++) {
            int a = plan.start(k);
            int b = plan.end(k);
            Node node = switch (plan.kind(k)) {
                case InlinePlan.TEXT -> new Text(src.subSequence(a, b));
                case InlinePlan.SOFT_BREAK -> new SoftLineBreak(src.subSequence(a, b));
                case InlinePlan.HARD_BREAK -> new HardLineBreak(src.subSequence(a, b));
                case InlinePlan.CODE -> {
                    int ticks = 1;
                    while (source.charAt(a + ticks) == '`') ticks++;
                    yield delimited(new Code(src.subSequence(a, a + ticks), src.subSequence(a + ticks, b - ticks),
                            src.subSequence(b - ticks, b)));
                }
                case InlinePlan.EMPHASIS -> delimited(new Emphasis(src.subSequence(a, a + 1),
                        src.subSequence(a + 1, b - 1), src.subSequence(b - 1, b)));
                case InlinePlan.STRONG -> delimited(new StrongEmphasis(src.subSequence(a, a + 2),
                        src.subSequence(a + 2, b - 2), src.subSequence(b - 2, b)));
                case InlinePlan.STRIKETHROUGH -> delimited(new Strikethrough(src.subSequence(a, a + 2),
                        src.subSequence(a + 2, b - 2), src.subSequence(b - 2, b)));
                case InlinePlan.WIKILINK -> linkRef(plan.ref(k), src.subSequence(a, b), src.subSequence(a + 2, b - 2));
                case InlinePlan.FOOTNOTE -> linkRef(plan.ref(k), src.subSequence(a, b), src.subSequence(a + 1, b - 1));
                default -> throw new IllegalStateException("unknown inline kind " + plan.kind(k));
            };
            block.appendChild(node);
            if (plan.ref(k) != null) plan.ref(k).updateNodeElements(document, node);
        }
    }

    /** A node between markers holds its text as one text node, as flexmark leaves it. */
    private static Node delimited(DelimitedNode node) {
        Node n = (Node) node;
        n.appendChild(new Text(node.getText()));
        return n;
    }

    /**
     * A wikilink or footnote reference made as flexmark's bracket handling makes it: the processor's
     * node, holding the bracketed text cut down to what the processor shows, then told it is in place.
     */
    private Node linkRef(LinkRefProcessor processor, BasedSequence nodeChars, BasedSequence inner) {
        Node node = processor.createNode(nodeChars);
        Text child = new Text(inner);
        node.appendChild(child);
        BasedSequence shown = processor.adjustInlineText(document, node);
        if (!shown.containsAllOf(inner)) {
            if (shown.containsSomeOf(inner)) child.setChars(shown.intersect(inner));
            else child.unlink();
        }
        return node;
    }
}
