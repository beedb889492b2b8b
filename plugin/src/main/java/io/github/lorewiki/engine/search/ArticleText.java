package io.github.lorewiki.engine.search;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import io.github.lorewiki.engine.parse.ParsedArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain text of an article, section by section, read from its Markdown tree: a section starts at
 * each top-level heading. Code blocks and raw HTML are left out (they make poor snippets); a wikilink
 * counts as its label. (Flexmark's own TextCollectingVisitor trips an internal assertion on some lists.)
 */
final class ArticleText {
    private ArticleText() {
    }

    /**
     * @param maxWords the most words worth reading per section: the page's word budget, which no section
     *                 can exceed, so reading past it would be wasted on a large wiki
     */
    static List<SearchEntry.Section> sections(ParsedArticle article, int maxWords) {
        Map<String, String> headingText = new HashMap<>();
        for (io.github.lorewiki.engine.model.Heading h : article.headings()) headingText.put(h.id(), h.text());
        List<SearchEntry.Section> sections = new ArrayList<>();
        String heading = "";
        String anchor = "";
        SectionText text = new SectionText(maxWords);
        for (Node block : article.document().getChildren()) {
            if (block instanceof Heading h) {
                String id = h.getStartOffset() == article.titleHeading() ? null : article.headingIds().get(h.getStartOffset());
                if (id == null) continue;
                sections.add(new SearchEntry.Section(heading, anchor, text.take()));
                heading = headingText.getOrDefault(id, "");
                anchor = id;
            } else if (!(block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock
                    || block instanceof HtmlBlock || block instanceof HtmlCommentBlock) && !text.full()) {
                collect(block, text);
            }
        }
        sections.add(new SearchEntry.Section(heading, anchor, text.take()));
        return sections;
    }

    /** Appends a node's text as a reader sees it, with a space after each block and table cell. */
    static void collect(Node node, SectionText sb) {
        if (node instanceof WikiLink w) {
            sb.append(w.getText().isNotNull() && !w.getText().isBlank() ? w.getText() : w.getPageRef());
        } else if (node instanceof Text || node instanceof TextBase || node instanceof HtmlEntity) {
            unescaped(node.getChars(), sb);
        } else if (node instanceof Code c) {
            unescaped(c.getText(), sb);
        } else if (node instanceof AutoLink a) {
            sb.append(a.getText());
        } else if (node instanceof MailLink m) {
            sb.append(m.getText());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            sb.space();
        } else if (!(node instanceof HtmlInline || node instanceof HtmlInlineComment || node instanceof TableSeparator)) {
            for (Node child = node.getFirstChild(); child != null && !sb.full(); child = child.getNext()) {
                collect(child, sb);
            }
            if (node instanceof Block || node instanceof TableCell) sb.space();
        }
    }

    /** Appends text with its escapes and entities resolved; most text has none, and is appended as it stands. */
    private static void unescaped(BasedSequence chars, SectionText sb) {
        // a plain slice of the article is read straight from the article's String
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String base
                && sb.appendPlain(base, sub.getStartOffset(), sub.getEndOffset())) {
            return;
        }
        String s = text(chars);
        sb.append(s.indexOf('\\') < 0 && s.indexOf('&') < 0 ? s : chars.unescape());
    }

    /** The characters as a String: a plain slice of the article is copied at once (toString reads char by char). */
    private static String text(BasedSequence chars) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String base) {
            String s = base.substring(sub.getStartOffset(), sub.getEndOffset());
            return s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD'); // flexmark reads NUL as U+FFFD
        }
        return chars.toString();
    }
}
