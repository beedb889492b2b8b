package io.github.lorewiki.engine.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import io.github.lorewiki.engine.glossary.GlossaryAssembler;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.ResolvedLink;

import java.util.function.BiConsumer;

/**
 * The links and images of a body for {@link HtmlBody}: wikilinks, relative links and images rewritten to
 * where LINK found them (or marked broken), embedded comparisons, and links to elsewhere as flexmark
 * writes them. The same markup as {@link LoreNodeRenderer}, which renders the pages this class gives up on.
 */
final class LinkHtml {
    private final HtmlBody body;
    private final BodyContext page;
    private final HtmlBuffer out;

    LinkHtml(HtmlBody body, BodyContext page) {
        this.body = body;
        this.page = page;
        this.out = body.out();
    }

    /** {@code [[Page]]}, {@code [[Page|label]]}, {@code [[Page#Heading]]}, {@code [[term:Name]]}. */
    void wiki(WikiNode node) {
        ResolvedLink r = page.links().get(node.getStartOffset());
        if (r == null) {
            body.escape(node.getChars().toString());
            return;
        }
        WikiText text = WikiText.of(node);
        int t = r.isBroken() ? -1 : page.terms().explicitAt(node.getStartOffset());
        if (t >= 0) {
            page.terms().open(out, t, "term wikilink", false);
            body.escape(text.termLabel());
            out.append("</a>");
            return;
        }
        open(r, "wikilink", null);
        body.escape(text.label());
        out.append("</a>");
    }

    /**
     * What a wikilink shows: its label when it has one, else its target (a term's name for {@code [[term:X]]}),
     * with the heading after a "›" for {@code [[Page#Heading]]}; a term link shows the name or the label.
     */
    record WikiText(String label, String termLabel) {
        static WikiText of(WikiNode node) {
            String target = node.getPageRef().toString().strip();
            String term = GlossaryAssembler.termName(target);
            if (term != null) target = term; // [[term:Name]] reads as Name
            String anchor = node.getAnchorRef().toString().strip();
            boolean labelled = node.getText().isNotBlank() && node.getTextSeparatorMarker().isNotEmpty();
            String label = labelled ? node.getText().toString().strip()
                    : target.isEmpty() ? anchor : anchor.isEmpty() ? target : target + " \u203a " + anchor;
            return new WikiText(label, labelled ? label : target);
        }
    }

    /** {@code ![[Comparison]]} puts the comparison's table in place; anything else renders as a link. */
    void embed(WikiImage node) {
        String embedded = page.embeds().get(node.getStartOffset());
        if (embedded != null) body.unindented(embedded);
        else wiki(node);
    }

    /** A paragraph holding only an embed is replaced by it, since a table cannot sit inside {@code <p>}; true if it was. */
    boolean embedParagraph(Paragraph p) {
        Node only = p.getFirstChild();
        if (!(only instanceof WikiImage) || only.getNext() != null) return false;
        String embedded = page.embeds().get(only.getStartOffset());
        if (embedded == null) return false;
        body.line();
        body.unindented(embedded);
        body.line();
        return true;
    }

    void link(Link node) {
        ResolvedLink r = page.links().get(node.getStartOffset());
        if (r != null) {
            open(r, null, node.getTitle().isEmpty() ? null : node.getTitle().unescape());
        } else {
            out.append("<a");
            body.attr("href", node.getUrl().unescape());
            if (node.getTitle().isNotNull()) body.attr("title", node.getTitle().unescape());
            out.append('>');
        }
        body.children(node);
        out.append("</a>");
    }

    /** {@code [text][ref]} whose reference is a relative link: rendered like an inline link to where it leads. */
    void linkRef(LinkRef node) {
        ResolvedLink r = page.links().get(node.getStartOffset());
        if (r == null) throw new HtmlBody.Unsupported(node);
        open(r, null, null);
        body.children(node);
        out.append("</a>");
    }

    private void open(ResolvedLink r, String cssClass, String title) {
        out.append("<a");
        attributes(page, r, cssClass, title, body::attr);
        out.append('>');
    }

    /**
     * The attributes of a link's opening tag, in the order both body writers (this one and flexmark's
     * through {@link LoreNodeRenderer}) give them: a broken link is no link, a broken anchor says why.
     */
    static void attributes(BodyContext page, ResolvedLink r, String cssClass, String title, BiConsumer<String, String> attr) {
        if (r.isBroken()) {
            attr.accept("class", cssClass == null ? "broken-link" : cssClass + " broken-link");
            attr.accept("title", r.problem());
            attr.accept("aria-disabled", "true");
            attr.accept("role", "link");
            return;
        }
        attr.accept("href", OutputPaths.relative(page.pageUrl(), r.targetUrl(), r.anchor()));
        String cls = r.isAnchorBroken() ? (cssClass == null ? "" : cssClass + " ") + "broken-link" : cssClass;
        if (cls != null) attr.accept("class", cls);
        if (r.isAnchorBroken()) attr.accept("title", r.problem());
        else if (title != null) attr.accept("title", title);
    }

    void image(Image node) {
        ResolvedLink r = page.links().get(node.getStartOffset());
        String alt = new TextCollectingVisitor().collectAndGetText(node);
        if (r != null) {
            img(r, alt, node.getUrl().toString(), node.getTitle().isNotEmpty() ? node.getTitle().unescape() : null);
            return;
        }
        if (!node.getUrlContent().isEmpty()) throw new HtmlBody.Unsupported(node);
        out.append("<img");
        body.attr("src", node.getUrl().unescape());
        body.attr("alt", alt);
        if (node.getTitle().isNotNull()) body.attr("title", node.getTitle().unescape());
        out.append(" />");
    }

    void imageRef(ImageRef node) {
        ResolvedLink r = page.links().get(node.getStartOffset());
        if (r == null) throw new HtmlBody.Unsupported(node);
        img(r, new TextCollectingVisitor().collectAndGetText(node), node.getChars().toString(), null);
    }

    /** An image that leads to a copied file, or, when its file is missing, its text marked broken. */
    private void img(ResolvedLink r, String alt, String written, String title) {
        if (r.isBroken()) {
            out.append("<span");
            body.attr("class", "broken-link");
            body.attr("title", r.problem());
            out.append('>');
            body.escape(alt.isEmpty() ? written : alt);
            out.append("</span>");
            return;
        }
        out.append("<img");
        body.attr("src", OutputPaths.relative(page.pageUrl(), r.targetUrl(), ""));
        body.attr("alt", alt);
        if (title != null) body.attr("title", title);
        out.append(" loading=\"lazy\" />");
    }

    /** {@code <https://…>} and bare addresses found by the autolink extension. */
    void autoLink(AutoLink node) {
        String text = node.getText().toString();
        out.append("<a");
        body.attr("href", text.startsWith("www.") ? "http://" + text : text);
        out.append('>');
        body.escape(text);
        out.append("</a>");
    }

    void mailLink(MailLink node) {
        String text = node.getText().unescape();
        out.append("<a");
        body.attr("href", "mailto:" + text);
        out.append('>');
        body.escape(text);
        out.append("</a>");
    }
}
