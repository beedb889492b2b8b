package io.github.lorewiki.engine.glossary;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionList;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the term mentions in the prose of a Markdown tree, with their offsets in the body. Only text that
 * readers see as running prose is searched: paragraphs, lists, quotes, emphasis, table bodies, definitions
 * and footnotes. Headings, table headers, definition terms, code, links, wikilinks, images, HTML and
 * anything Lore does not know are left alone. Consecutive text lines are searched as one, so a term broken
 * over two lines is found.
 */
final class MentionFinder {
    private final TermMatcher matcher;
    private final int[] scratch; // the matcher's, for every run of text of the document
    private final List<TermMatcher.Match> found = new ArrayList<>();
    private char[] run = new char[1024]; // the text searched next: run[0, length)
    private int length;
    // the run is made of segments, each contiguous in the document: segment k starts at run index segRun[k], document offset segDoc[k]
    private int[] segRun = new int[32];
    private int[] segDoc = new int[32];
    private int segments;

    MentionFinder(TermMatcher matcher) {
        this.matcher = matcher;
        this.scratch = matcher.newScratch();
    }

    /** The mentions in the document, in order, with offsets in the document's text. */
    static List<TermMatcher.Match> find(Document doc, TermMatcher matcher) {
        if (matcher.isEmpty()) return List.of();
        MentionFinder f = new MentionFinder(matcher);
        f.visit(doc);
        return f.found;
    }

    static boolean isProse(Node n) {
        if (n instanceof DefinitionTerm) return false; // a ListItem too, but a label, like a heading
        return n instanceof Document || n instanceof Paragraph || n instanceof BlockQuote || n instanceof ListBlock
                || n instanceof ListItem || n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof Strikethrough
                || n instanceof TableBlock || n instanceof TableBody || n instanceof TableRow || n instanceof TableCell
                || n instanceof DefinitionList || n instanceof DefinitionItem || n instanceof FootnoteBlock || n instanceof TextBase;
    }

    private void visit(Node parent) {
        int html = 0; // open inline HTML elements: their text is the writer's markup, left alone
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t && html == 0 && contiguous(t.getChars())) {
                append(t.getChars());
            } else if (n instanceof SoftLineBreak && length > 0) {
                append(n.getChars());
            } else {
                flush();
                if (n instanceof HtmlInline) html = Math.max(0, html + nesting(n.getChars().toString()));
                else if (html == 0 && isProse(n)) visit(n);
            }
        }
        flush();
    }

    private static final java.util.regex.Pattern VOID = java.util.regex.Pattern.compile(
            "(?i)<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\\b.*");

    /** +1 for an opening tag, -1 for a closing one, 0 for comments, void and self-closing elements. */
    private static int nesting(String tag) {
        if (tag.startsWith("</")) return -1;
        if (tag.startsWith("<!") || tag.startsWith("<?") || tag.endsWith("/>") || VOID.matcher(tag).matches()) return 0;
        return 1;
    }

    private static boolean contiguous(BasedSequence chars) {
        return chars.getEndOffset() - chars.getStartOffset() == chars.length();
    }

    private void append(BasedSequence chars) {
        if (segments == segRun.length) {
            segRun = Arrays.copyOf(segRun, segments * 2);
            segDoc = Arrays.copyOf(segDoc, segments * 2);
        }
        segRun[segments] = length;
        segDoc[segments++] = chars.getStartOffset();
        int n = chars.length();
        if (length + n > run.length) run = Arrays.copyOf(run, Math.max(run.length * 2, length + n));
        if (chars.getBase() instanceof String base) base.getChars(chars.getStartOffset(), chars.getEndOffset(), run, length);
        else for (int i = 0; i < n; i++) run[length + i] = chars.charAt(i);
        length += n;
    }

    /** The document offset of a character of the run. */
    private int offset(int runIndex) {
        int k = segments - 1;
        while (segRun[k] > runIndex) k--;
        return segDoc[k] + runIndex - segRun[k];
    }

    private void flush() {
        if (length == 0) return;
        for (TermMatcher.Match m : matcher.find(run, length, scratch)) {
            // a backslash escape or an entity must stay whole: never split one between a link and the text around it
            char before = m.start() > 0 ? run[m.start() - 1] : ' ';
            if (before == '\\' || before == '&' || before == '#' || run[m.end() - 1] == '\\') continue;
            found.add(new TermMatcher.Match(offset(m.start()), offset(m.end() - 1) + 1, m.term()));
        }
        length = 0;
        segments = 0;
    }
}
