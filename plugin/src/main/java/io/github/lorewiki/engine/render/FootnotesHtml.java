package io.github.lorewiki.engine.render;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.util.ast.Document;

import java.util.List;

/**
 * Footnotes for {@link HtmlBody}, numbered and laid out as flexmark's footnote extension does: a superscript
 * link at each reference ({@code fnref-2}, then {@code fnref-2-1} for the second reference to the same note),
 * and the notes that were referenced, in the order of their first reference, at the bottom of the body.
 */
final class FootnotesHtml {
    private FootnotesHtml() {
    }

    /** Numbers the notes in the order of their first reference; must run before the body is written. */
    static void number(Document doc) {
        FootnoteRepository notes = FootnoteExtension.FOOTNOTES.get(doc);
        if (!notes.getReferencedFootnoteBlocks().isEmpty()) notes.resolveFootnoteOrdinals();
    }

    static void reference(Footnote ref, HtmlBody body) {
        HtmlBuffer out = body.out();
        FootnoteBlock note = ref.getFootnoteBlock();
        if (note == null) {
            out.append("[^");
            body.children(ref);
            out.append(']');
            return;
        }
        int n = note.getFootnoteOrdinal();
        out.append("<sup id=\"fnref-").append(n);
        if (ref.getReferenceOrdinal() != 0) out.append('-').append(ref.getReferenceOrdinal());
        out.append("\"><a class=\"footnote-ref\" href=\"#fn-").append(n).append("\">").append(n).append("</a></sup>");
    }

    static void section(Document doc, HtmlBody body) {
        List<FootnoteBlock> notes = FootnoteExtension.FOOTNOTES.get(doc).getReferencedFootnoteBlocks();
        if (notes.isEmpty()) return;
        HtmlBuffer out = body.out();
        body.line();
        out.append("<div class=\"footnotes\">\n<hr />\n<ol>\n");
        for (FootnoteBlock note : notes) {
            int n = note.getFootnoteOrdinal();
            body.line();
            out.append("<li id=\"fn-").append(n).append("\">\n");
            body.children(note);
            for (int i = 0; i < note.getFootnoteReferences(); i++) {
                body.line();
                out.append("<a href=\"#fnref-").append(n);
                if (i != 0) out.append('-').append(i);
                out.append("\" class=\"footnote-backref\">&#8617;</a>");
            }
            body.line();
            out.append("</li>\n");
        }
        body.line();
        out.append("</ol>\n</div>\n");
    }
}
