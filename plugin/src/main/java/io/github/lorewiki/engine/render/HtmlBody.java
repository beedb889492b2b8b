package io.github.lorewiki.engine.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Writes the HTML of a Markdown tree straight into an {@link HtmlBuffer}: the same bytes as flexmark's
 * {@code HtmlRenderer} with Lore's node renderers, at a fraction of the cost, because flexmark's writer
 * tracks lines and attributes per character. It knows the nodes of Lore's dialect in the forms they
 * usually take; on anything else it gives up ({@link Unsupported}) and the caller renders the page with
 * flexmark, so an unusual page costs more but never renders differently.
 * <p>One instance renders one document on one thread.
 */
final class HtmlBody {
    /** Thrown, without a stack trace, when the tree holds something only flexmark's renderer handles. */
    static final class Unsupported extends RuntimeException {
        Unsupported(Node node) {
            super(node.getClass().getSimpleName(), null, false, false);
        }
    }

    private final HtmlBuffer out;
    private final BodyContext page;
    private final DataHolder options;
    private final ListOptions listOptions;
    private final LinkHtml links;

    HtmlBody(HtmlBuffer out, BodyContext page, DataHolder options, ListOptions listOptions) {
        this.out = out;
        this.page = page;
        this.options = options;
        this.listOptions = listOptions;
        this.links = new LinkHtml(this, page);
    }

    HtmlBuffer out() {
        return out;
    }

    void document(Document doc) {
        FootnotesHtml.number(doc);
        children(doc);
        FootnotesHtml.section(doc, this);
        line();
    }

    void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) node(n);
    }

    /** Starts a new line unless the output is at the start of one, as flexmark's writer does. */
    void line() {
        if (!out.atLineStart()) out.append('\n');
    }

    void node(Node n) {
        // the common nodes first: text, paragraphs, emphasis
        if (n instanceof Text t) text(t);
        else if (n instanceof SoftLineBreak) out.append('\n');
        else if (n instanceof Paragraph p) paragraph(p);
        else if (n instanceof StrongEmphasis) wrap(n, "<strong>", "</strong>");
        else if (n instanceof Emphasis) wrap(n, "<em>", "</em>");
        else if (n instanceof WikiLink w) links.wiki(w);
        else if (n instanceof Code c) code(c);
        else if (n instanceof Heading h) heading(h);
        else if (n instanceof TextBase) children(n);
        else if (n instanceof Link l) links.link(l);
        else if (n instanceof DefinitionTerm) item(n, "<dt>", "</dt>"); // before ListItem: both are list items
        else if (n instanceof DefinitionItem) item(n, "<dd>", "</dd>");
        else if (n instanceof ListItem li) listItem(li);
        else if (n instanceof BulletList) block(n, "<ul>", "</ul>");
        else if (n instanceof OrderedList ol) orderedList(ol);
        else if (n instanceof TableBlock || n instanceof TableHead || n instanceof TableBody) table(n);
        else if (n instanceof TableRow) tableRow(n);
        else if (n instanceof TableSeparator || n instanceof Reference) return;
        else if (n instanceof FencedCodeBlock f) fenced(f);
        else if (n instanceof IndentedCodeBlock i) indented(i);
        else if (n instanceof BlockQuote) block(n, "<blockquote>", "</blockquote>");
        else if (n instanceof ThematicBreak) tagLine("<hr />");
        else if (n instanceof HardLineBreak) out.append("<br />\n");
        else if (n instanceof HtmlEntity) escape(n.getChars().unescape());
        else if (n instanceof Strikethrough) wrap(n, "<del>", "</del>");
        else if (n instanceof DefinitionList) definitionList(n);
        else if (n instanceof Footnote f) FootnotesHtml.reference(f, this);
        else if (n instanceof FootnoteBlock) return; // rendered at the bottom, in the order of first reference
        else if (n instanceof WikiImage w) links.embed(w);
        else if (n instanceof Image i) links.image(i);
        else if (n instanceof ImageRef i) links.imageRef(i);
        else if (n instanceof LinkRef l) links.linkRef(l);
        else if (n instanceof AutoLink a) links.autoLink(a);
        else if (n instanceof MailLink m) links.mailLink(m);
        else if (n instanceof HtmlInline || n instanceof HtmlInlineComment) out.append(Escaping.normalizeEOL(n.getChars().toString()));
        else if (n instanceof HtmlBlock h) htmlBlock(h);
        else if (n instanceof HtmlCommentBlock) out.append(n.getChars().normalizeEOL());
        else throw new Unsupported(n);
    }

    private void text(Text t) {
        TermLinks terms = page.terms();
        if (terms.hasMentions()) terms.text(t, out, false);
        else plain(t.getChars());
    }

    /** Text as flexmark renders it: backslash escapes and entities resolved, line ends normalized, HTML-escaped. */
    void plain(BasedSequence chars) {
        int from = chars.getStartOffset();
        int to = chars.getEndOffset();
        if (chars.getBase() instanceof String base && to - from == chars.length() && HtmlText.escapeIfPlain(base, from, to, true, out)) return;
        escape(Escaping.normalizeEOL(chars.unescape()));
    }

    /** HTML made elsewhere (an embedded table), each line's indentation dropped as flexmark's writer drops it. */
    void unindented(String html) {
        boolean lineStart = out.atLineStart();
        int run = 0; // html[run, i) is still to be written
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (lineStart && c == ' ') { // spaces only: flexmark keeps tabs
                out.append(html, run, i);
                run = i + 1;
                continue;
            }
            lineStart = c == '\n';
        }
        out.append(html, run, html.length());
    }

    void escape(String s) {
        HtmlText.escape(s, 0, s.length(), true, out);
    }

    /** Code, escaped with its indentation kept. */
    private void preformatted(String s) {
        HtmlText.escape(s, 0, s.length(), false, out);
    }

    private void wrap(Node n, String open, String close) {
        out.append(open);
        children(n);
        out.append(close);
    }

    /** A block whose tags stand on lines of their own: lists, quotes, tables. */
    private void block(Node n, String open, String close) {
        line();
        out.append(open);
        if (n.hasChildren()) { // an empty table body stays "<tbody></tbody>"
            out.append('\n');
            children(n);
            line();
        }
        out.append(close).append('\n');
    }

    /** A definition list: flexmark ends no line after it, so that a heading right after it starts on the same line. */
    private void definitionList(Node n) {
        block(n, "<dl>", "</dl>");
        out.setLength(out.length() - 1);
    }

    /** An element that starts on a new line and ends one: list items, paragraphs, definitions. */
    private void lineTag(Node n, String open, String close) {
        line();
        out.append(open);
        children(n);
        out.append(close).append('\n');
    }

    /** A list item or definition: its closing tag goes on a line of its own when it holds blocks, such as a nested list. */
    private void item(Node n, String open, String close) {
        line();
        out.append(open);
        children(n);
        if (holdsBlocks(n)) line();
        out.append(close).append('\n');
    }

    /** Whether any child is written as a block: anything but a paragraph shown without {@code <p>} (a tight one). */
    private boolean holdsBlocks(Node item) {
        for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
            if (!(c instanceof Block)) continue;
            if (c instanceof Paragraph p && item instanceof ParagraphItemContainer pc && pc.isParagraphWrappingDisabled(p, listOptions, options)) continue;
            return true;
        }
        return false;
    }

    private void tagLine(String tag) {
        line();
        out.append(tag).append('\n');
    }

    private void paragraph(Paragraph p) {
        if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
        if (links.embedParagraph(p)) return;
        if (p.getParent() instanceof ParagraphItemContainer c && c.isParagraphWrappingDisabled(p, listOptions, options)) {
            children(p);
        } else {
            lineTag(p, "<p>", "</p>");
        }
    }

    private void code(Code c) {
        out.append("<code>");
        escape(Escaping.collapseWhitespace(c.getText(), true));
        out.append("</code>");
    }

    /** Headings get a stable id and a permalink; the one that became the page title is left out. */
    private void heading(Heading h) {
        if (h.getStartOffset() == page.titleHeading()) return;
        String id = page.headingIds().get(h.getStartOffset());
        out.append("<h").append(h.getLevel());
        if (id != null) attr("id", id);
        out.append('>');
        children(h);
        if (id != null) {
            out.append(" <a class=\"permalink\" href=\"#");
            escape(id);
            out.append("\" aria-label=\"Link to this section\">#</a>");
        }
        out.append("</h").append(h.getLevel()).append(">\n");
    }

    /** Appends {@code  name="value"}, the value escaped. */
    void attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escape(value);
        out.append('"');
    }

    private void listItem(ListItem li) {
        boolean tight = listOptions.isTightListItem(li);
        if (li instanceof TaskListItem task) {
            line();
            out.append("<li class=\"task-list-item\">");
            // a loose task item gets the paragraph around its box and its first paragraph, as with flexmark
            if (!tight) out.append("\n<p>");
            out.append("<input type=\"checkbox\" class=\"task-list-item-checkbox\"")
                    .append(task.isItemDoneMarker() ? " checked=\"checked\"" : "")
                    .append(" disabled=\"disabled\" readonly=\"readonly\" />&nbsp;");
            children(li);
            if (holdsBlocks(li)) line();
            if (!tight) out.append("</p>\n");
            out.append("</li>\n");
        } else {
            line();
            out.append("<li>");
            if (li.getMarkerSuffix().isNotEmpty()) escape(li.getMarkerSuffix().unescape());
            children(li);
            if (holdsBlocks(li)) line();
            out.append("</li>\n");
        }
    }

    private void orderedList(OrderedList ol) {
        int start = ol.getStartNumber();
        line();
        out.append("<ol");
        if (listOptions.isOrderedListManualStart() && start != 1) out.append(" start=\"").append(start).append('"');
        out.append(">\n");
        children(ol);
        line();
        out.append("</ol>\n");
    }

    private void table(Node n) {
        if (n instanceof TableBlock) block(n, "<table>", "</table>");
        else if (n instanceof TableHead) block(n, "<thead>", "</thead>");
        else block(n, "<tbody>", "</tbody>");
    }

    private void tableRow(Node row) {
        line();
        out.append("<tr>");
        for (Node n = row.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof TableCell cell) || cell.getSpan() != 1) throw new Unsupported(n);
            String tag = cell.isHeader() ? "th" : "td";
            out.append('<').append(tag);
            if (cell.getAlignment() != null) attr("align", cell.getAlignment().name().toLowerCase(java.util.Locale.ROOT));
            out.append('>');
            children(cell);
            out.append("</").append(tag).append('>');
        }
        out.append("</tr>\n");
    }

    private void fenced(FencedCodeBlock f) {
        line();
        out.append("<pre><code");
        BasedSequence info = f.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            attr("class", "language-" + f.getInfoDelimitedByAny(com.vladsch.flexmark.util.sequence.SequenceUtils.SPACE_TAB_SET).unescape());
        }
        out.append('>');
        preformatted(f.getContentChars().normalizeEOL());
        out.append("</code></pre>\n");
    }

    private void indented(IndentedCodeBlock i) {
        line();
        out.append("<pre><code>");
        preformatted(i.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        out.append("</code></pre>\n");
    }

    private void htmlBlock(HtmlBlock h) {
        if (h.hasChildren()) throw new Unsupported(h);
        line();
        out.append(h.getContentChars().normalizeEOL());
        line();
    }
}
