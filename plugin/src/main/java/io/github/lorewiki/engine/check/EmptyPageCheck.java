package io.github.lorewiki.engine.check;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.Article;
import io.github.lorewiki.engine.parse.ParsedArticle;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code page.empty}: a published article with nothing to read. Empty means that apart from headings
 * (the title among them), HTML comments, link reference definitions and rules, the body has no text, no
 * image and no embed. Folder index pages are exempt: their page lists the folder's articles.
 */
final class EmptyPageCheck {

    /** Reports every empty article; returns their URLs. */
    Set<String> check(List<Article> articles, Map<String, ParsedArticle> parsed, Diagnostics d) {
        Set<String> empty = new TreeSet<>();
        // each tree is read on its own, on the caller's pool; reported in the articles' order
        List<Article> found = articles.parallelStream().filter(a -> {
            ParsedArticle p = parsed.get(a.url());
            return !a.folderIndex() && p != null && isEmpty(p);
        }).toList();
        for (Article a : found) {
            empty.add(a.url());
            d.warning("page.empty", SourcePos.file(a.displayPath()), "'" + a.title() + "' has no content",
                    "write it, or mark it 'draft: true' until it is ready");
        }
        return empty;
    }

    static boolean isEmpty(ParsedArticle p) {
        for (Node n = p.document().getFirstChild(); n != null; n = n.getNext()) {
            if (hasContent(n)) return false;
        }
        return true;
    }

    private static boolean hasContent(Node block) {
        if (block instanceof Heading || block instanceof HtmlCommentBlock || block instanceof BlankLine
                || block instanceof Reference || block instanceof ThematicBreak) return false;
        if (block instanceof HtmlBlock) return true;
        for (Node n : block.getDescendants()) {
            if (n instanceof Image || n instanceof ImageRef || n instanceof WikiImage) return true;
            // a text node that is not blank is enough; collecting all of a long paragraph's text is not needed
            if (n instanceof Text && !n.getChars().toString().isBlank() && collected(n, block)) return true;
        }
        return !new TextCollectingVisitor().collectAndGetText(block).isBlank();
    }

    /** Whether the text collector reads this node: not when it sits in a table's separator row, say. */
    private static boolean collected(Node text, Node block) {
        for (Node p = text.getParent(); p != null && p != block; p = p.getParent()) {
            if (p instanceof DoNotCollectText) return false;
        }
        return !(block instanceof DoNotCollectText);
    }
}
