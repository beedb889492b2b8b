package io.github.lorewiki.engine.glossary;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/** The text of Markdown as a reader sees it, without markup: wikilinks by their label, {@code [[term:X]]} as X. */
final class PlainText {
    private PlainText() {
    }

    static void collect(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof WikiNode w) {
                boolean labelled = w.getText().isNotBlank() && w.getTextSeparatorMarker().isNotEmpty();
                String page = w.getPageRef().toString().strip();
                String term = GlossaryAssembler.termName(page);
                sb.append(labelled ? w.getText().toString().strip() : term != null ? term : page.isEmpty() ? w.getAnchorRef().toString() : page);
            } else if (n instanceof Text || n instanceof HtmlEntity) {
                sb.append(n.getChars().unescape());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                sb.append(' ');
            } else if (!(n instanceof HtmlInlineBase || n instanceof HtmlBlockBase)) {
                collect(n, sb);
                if (n instanceof Block) sb.append(' ');
            }
        }
    }
}
