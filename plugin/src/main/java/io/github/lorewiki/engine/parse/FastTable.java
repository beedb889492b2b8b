package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Lore's own reading of a GFM table at the start of a paragraph, for the tables that occur in practice:
 * the same nodes, with the same characters, as flexmark 0.64.8's table pre-processor makes, built
 * without its row parse (a full inline parse of each row with '|' as a special character) and the
 * regular expressions around it. Cell contents are planned by {@link FastInlineParser}'s plan, which
 * reads plain text, code spans, simple emphasis, wikilinks and footnote references.
 * <p>
 * Anything it is not sure of — a line of the table not directly after the one before it (in a list or
 * a block quote) or indented, an escape, HTML, a link, a '|' in a wikilink other than
 * {@code [[page|label]]}, a header row whose cells do not match the separator's, a possible caption, a
 * cell the plan declines — it declines before changing anything, and flexmark's pre-processor reads
 * the paragraph as always. {@code FastTableDifferentialTest} holds the two to the same trees.
 */
final class FastTable {
    /** What {@link #preProcessBlock} answers when it leaves the paragraph to flexmark. */
    static final int DECLINE = -1;
    /** Paragraphs it read as tables and paragraphs it left to flexmark: for tests and for measuring. */
    static final LongAdder TAKEN = new LongAdder();
    static final LongAdder DECLINED = new LongAdder();

    private final boolean captions;

    private FastTable(boolean captions) {
        this.captions = captions;
    }

    /**
     * The fast path for a parser with these options, or null unless its table options are Lore's
     * (no column spans, missing columns added, extra ones dropped, header rows that must match the
     * separator, trimmed cells) with flexmark's defaults for header rows and separator dashes.
     */
    static FastTable forOptions(DataHolder options) {
        boolean lore = !TablesExtension.COLUMN_SPANS.get(options)
                && TablesExtension.APPEND_MISSING_COLUMNS.get(options)
                && TablesExtension.DISCARD_EXTRA_COLUMNS.get(options)
                && TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH.get(options)
                && TablesExtension.TRIM_CELL_WHITESPACE.get(options)
                && TablesExtension.MIN_SEPARATOR_DASHES.get(options) == 3
                && TablesExtension.MIN_HEADER_ROWS.get(options) == 0
                && TablesExtension.MAX_HEADER_ROWS.get(options) == Integer.MAX_VALUE;
        return lore ? new FastTable(TablesExtension.WITH_CAPTION.get(options)) : null;
    }

    /**
     * Reads a table at the start of {@code block} as flexmark's pre-processor would: puts it before the
     * paragraph and answers how many characters of the paragraph it took; or answers {@link #DECLINE},
     * having changed nothing.
     */
    int preProcessBlock(Paragraph block, ParserState state) {
        int taken = read(block, state);
        (taken == DECLINE ? DECLINED : TAKEN).increment();
        return taken;
    }

    private int read(Paragraph block, ParserState state) {
        if (!(state.getInlineParser() instanceof FastInlineParser inline)) return DECLINE;
        String s = inline.cellSource();
        if (s == null) return DECLINE;
        TableLines lines = TableLines.of(block, s, captions);
        if (lines == null) return DECLINE;
        List<TableCell.Alignment> alignments = SeparatorLine.alignments(s, lines.start(lines.separator()), lines.fullEnd(lines.separator()));
        TableRows tokens = new TableRows();
        if (!readRows(lines, alignments.size(), s, inline, tokens)) return DECLINE;
        return build(block, state, lines, tokens, new Cells(inline, tokens, block.getContentLines().get(0), alignments));
    }

    /**
     * Reads each row into tokens and plans its cells, before anything is built; false to decline. Rows end
     * at the first line in which flexmark finds no column separator (all its pipes in code spans).
     */
    private static boolean readRows(TableLines lines, int columns, String s, FastInlineParser inline, TableRows tokens) {
        int separator = lines.separator();
        inline.clearCells();
        for (int r = 0; r < lines.count(); r++) {
            int a = TableRows.spacesAndTabs(s, lines.start(r), lines.end(r));
            int b = lines.end(r);
            while (b > a && TableRows.isSpaceOrTab(s.charAt(b - 1))) b--;
            int first = tokens.size();
            int separators = tokens.scan(s, a, b);
            if (separators == TableRows.DECLINE) return false;
            if (separators == 0) {
                // flexmark parses that line's inlines before it drops it (a footnote reference there counts);
                // before the separator line, such a line means no table at all
                if (r <= separator || hasBracket(s, a, b)) return false;
                tokens.dropRow();
                return true;
            }
            if (r != separator && !plan(inline, tokens, first, s, a, b)) return false;
            // a header row with more or fewer cells than the separator has columns: flexmark makes no table
            if (r < separator && tokens.cells(first, tokens.size()) != columns) return false;
            tokens.endRow();
        }
        return true;
    }

    /** Builds the table as flexmark does, puts it before the paragraph and answers how much of the paragraph it took. */
    private static int build(Paragraph block, ParserState state, TableLines lines, TableRows tokens, Cells cells) {
        List<BasedSequence> contentLines = block.getContentLines();
        int rows = tokens.rows();
        int separator = lines.separator();
        TableBlock table = new TableBlock(new ArrayList<>(contentLines.subList(0, rows)));
        Node section = new TableHead(contentLines.get(0).subSequence(0, 0));
        table.appendChild(section);
        for (int r = 0; r < rows; r++) {
            if (r == separator || r == separator + 1) {
                section.setCharsFromContent();
                section = r == separator ? new TableSeparator() : new TableBody();
                table.appendChild(section);
            }
            TableRow row = new TableRow(cells.chars().baseSubSequence(lines.start(r), lines.end(r)));
            row.setRowNumber(r < separator ? r + 1 : r - separator);
            cells.build(row, tokens.rowFrom(r), tokens.rowTo(r), r < separator);
            row.setCharsFromContent();
            section.appendChild(row);
        }
        section.setCharsFromContent();
        if (section instanceof TableSeparator) {
            table.appendChild(new TableBody(section.getChars().subSequence(section.getChars().length())));
        }
        table.setCharsFromContent();
        block.insertBefore(table);
        state.blockAdded(table);
        return table.getChars().length();
    }

    /** Plans the content of each segment of the row read from {@code first} on; false when the plan declines one. */
    private static boolean plan(FastInlineParser inline, TableRows tokens, int first, String s, int rowStart, int rowEnd) {
        for (int t = first; t < tokens.size(); t++) {
            if (tokens.isPipe(t)) continue;
            int a = tokens.start(t);
            int b = tokens.end(t);
            if (a == b) continue;
            // what flexmark's delimiter scan sees around the cell: the row's neighbours, '\n' at its ends
            char before = a == rowStart ? '\n' : s.charAt(a - 1);
            char after = b == rowEnd ? '\n' : s.charAt(b);
            int from = inline.plannedCells();
            if (!inline.planCell(a, b, before, after)) return false;
            tokens.setPlan(t, from, inline.plannedCells());
        }
        return true;
    }

    private static boolean hasBracket(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '[' || c == ']') return true;
        }
        return false;
    }

    /**
     * A table's cells, made row by row from its tokens as flexmark makes them from the nodes of its row
     * parse; {@code chars} is any of the document's sequences, to cut the cells' characters from.
     */
    private record Cells(FastInlineParser inline, TableRows tokens, BasedSequence chars,
                         List<TableCell.Alignment> alignments) {
        void build(TableRow row, int from, int to, boolean header) {
            int columns = alignments.size();
            int cells = 0;
            boolean opened = false;
            int t = from;
            while (t < to) {
                if (cells == columns) {
                    discard(t, to);
                    break;
                }
                TableCell cell = new TableCell();
                // only the first cell that starts with a pipe takes it as its opening marker
                if (!opened && tokens.isPipe(t)) {
                    cell.setOpeningMarker(pipe(t++));
                    opened = true;
                }
                cell.setHeader(header);
                cell.setAlignment(alignments.get(cells));
                int segment = t < to && !tokens.isPipe(t) ? t++ : -1;
                if (segment >= 0) content(cell, segment);
                if (t < to && tokens.isPipe(t)) cell.setClosingMarker(pipe(t++));
                // flexmark's cell spans its untrimmed nodes, white space included, then its markers and text
                cell.setChars(segment < 0 ? BasedSequence.NULL : chars.baseSubSequence(tokens.lead(segment), tokens.trail(segment)));
                cell.setText(cell.getChildChars());
                cell.setCharsFromContent();
                cell.setSpan(1);
                row.appendChild(cell);
                cells++;
            }
            for (; cells < columns; cells++) {
                TableCell cell = new TableCell();
                cell.setHeader(header);
                cell.setAlignment(alignments.get(cells));
                row.appendChild(cell);
            }
        }

        /**
         * A segment's nodes once flexmark has trimmed the white space off the cell: its content's, and an
         * empty text node where trailing white space followed a node that is not text (flexmark splits the
         * pending text there into text and white space, and that text is empty); of white space alone,
         * its first character as text.
         */
        private void content(TableCell cell, int segment) {
            int a = tokens.start(segment);
            int b = tokens.end(segment);
            if (a == b) {
                int lead = tokens.lead(segment);
                cell.appendChild(new Text(chars.baseSubSequence(lead, lead + 1)));
                return;
            }
            int planTo = tokens.planTo(segment);
            if (planTo < 0) {
                cell.appendChild(new Text(chars.baseSubSequence(a, b))); // a separator line's dashes and colons
                return;
            }
            inline.buildCell(tokens.planFrom(segment), planTo, cell);
            if (b < tokens.trail(segment) && !inline.plannedText(planTo - 1)) {
                cell.appendChild(new Text(chars.baseSubSequence(b, b)));
            }
        }

        /** Cells past the last column: flexmark drops them, but made their nodes (a footnote reference counts). */
        private void discard(int from, int to) {
            Node dropped = new TableCell();
            for (int t = from; t < to; t++) {
                if (!tokens.isPipe(t) && tokens.planTo(t) >= 0) inline.buildCell(tokens.planFrom(t), tokens.planTo(t), dropped);
            }
        }

        private BasedSequence pipe(int token) {
            int p = tokens.pipe(token);
            return chars.baseSubSequence(p, p + 1);
        }
    }
}
