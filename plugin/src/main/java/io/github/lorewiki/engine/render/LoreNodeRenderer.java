package io.github.lorewiki.engine.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.ResolvedLink;

import java.util.Set;

/**
 * Renders the nodes whose HTML depends on the rest of the wiki: wikilinks, relative links and images
 * (rewritten to the rendered page or copied file, or marked broken) and headings (stable ids, a
 * permalink). Everything else is flexmark's own rendering.
 */
final class LoreNodeRenderer implements NodeRenderer {

    static final class Extension implements HtmlRenderer.HtmlRendererExtension {
        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new LoreNodeRenderer());
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(WikiLink.class, this::wiki),
                new NodeRenderingHandler<>(WikiImage.class, this::embed),
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(Link.class, this::link),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(com.vladsch.flexmark.ast.LinkRef.class, this::linkRef),
                new NodeRenderingHandler<>(ImageRef.class, this::imageRef),
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Text.class, this::text));
    }

    /** Text, with the glossary terms mentioned in it linked when the page has term links. */
    private void text(com.vladsch.flexmark.ast.Text node, NodeRendererContext ctx, HtmlWriter html) {
        TermLinks terms = context(ctx).terms();
        if (terms.hasMentions()) terms.text(node, html);
        else ctx.delegateRender();
    }

    private static BodyContext context(NodeRendererContext ctx) {
        return BodyContext.KEY.get(ctx.getDocument());
    }

    /** {@code ![[Comparison]]} puts the comparison's table in place; anything else renders as a link. */
    private void embed(WikiImage node, NodeRendererContext ctx, HtmlWriter html) {
        String embedded = context(ctx).embeds().get(node.getStartOffset());
        if (embedded != null) html.raw(embedded);
        else wiki(node, ctx, html);
    }

    /** A paragraph holding only an embed is replaced by it: a table cannot sit inside {@code <p>}. */
    private void paragraph(Paragraph node, NodeRendererContext ctx, HtmlWriter html) {
        Node only = node.getFirstChild();
        if (only instanceof WikiImage && only.getNext() == null && context(ctx).embeds().containsKey(only.getStartOffset())) {
            html.line();
            html.raw(context(ctx).embeds().get(only.getStartOffset()));
            html.line();
        } else {
            ctx.delegateRender();
        }
    }

    private void wiki(WikiNode node, NodeRendererContext ctx, HtmlWriter html) {
        BodyContext page = context(ctx);
        ResolvedLink r = page.links().get(node.getStartOffset());
        if (r == null) {
            html.text(node.getChars().toString());
            return;
        }
        int t = r.isBroken() ? -1 : page.terms().explicitAt(node.getStartOffset());
        if (t >= 0) {
            page.terms().open(html, t, "term wikilink");
            html.text(LinkHtml.WikiText.of(node).termLabel());
            html.raw("</a>");
            return;
        }
        open(html, page, r, "wikilink", null);
        html.text(LinkHtml.WikiText.of(node).label());
        html.tag("/a");
    }

    private void link(Link node, NodeRendererContext ctx, HtmlWriter html) {
        BodyContext page = context(ctx);
        ResolvedLink r = page.links().get(node.getStartOffset());
        if (r == null) {
            ctx.delegateRender();
            return;
        }
        open(html, page, r, null, node.getTitle().isEmpty() ? null : node.getTitle().unescape());
        ctx.renderChildren(node);
        html.tag("/a");
    }

    /** {@code [text][ref]} whose reference is a relative link: rendered like an inline link to where it leads. */
    private void linkRef(com.vladsch.flexmark.ast.LinkRef node, NodeRendererContext ctx, HtmlWriter html) {
        BodyContext page = context(ctx);
        ResolvedLink r = page.links().get(node.getStartOffset());
        if (r == null) {
            ctx.delegateRender();
            return;
        }
        open(html, page, r, null, null);
        ctx.renderChildren(node);
        html.tag("/a");
    }

    private void imageRef(ImageRef node, NodeRendererContext ctx, HtmlWriter html) {
        ResolvedLink r = context(ctx).links().get(node.getStartOffset());
        if (r == null) ctx.delegateRender();
        else img(html, context(ctx), r, new TextCollectingVisitor().collectAndGetText(node), node.getChars().toString(), null);
    }

    private static void open(HtmlWriter html, BodyContext page, ResolvedLink r, String cssClass, String title) {
        LinkHtml.attributes(page, r, cssClass, title, html::attr);
        html.withAttr().tag("a");
    }

    private void image(Image node, NodeRendererContext ctx, HtmlWriter html) {
        ResolvedLink r = context(ctx).links().get(node.getStartOffset());
        if (r == null) ctx.delegateRender();
        else img(html, context(ctx), r, new TextCollectingVisitor().collectAndGetText(node), node.getUrl().toString(),
                node.getTitle().isNotEmpty() ? node.getTitle().unescape() : null);
    }

    /** An image that leads to a copied file, or, when its file is missing, its text marked broken. */
    private static void img(HtmlWriter html, BodyContext page, ResolvedLink r, String alt, String written, String title) {
        if (r.isBroken()) {
            html.attr("class", "broken-link").attr("title", r.problem()).withAttr().tag("span");
            html.text(alt.isEmpty() ? written : alt);
            html.tag("/span");
            return;
        }
        html.attr("src", OutputPaths.relative(page.pageUrl(), r.targetUrl(), "")).attr("alt", alt);
        if (title != null) html.attr("title", title);
        html.attr("loading", "lazy").withAttr().tagVoid("img");
    }

    private void heading(Heading node, NodeRendererContext ctx, HtmlWriter html) {
        BodyContext page = context(ctx);
        if (node.getStartOffset() == page.titleHeading()) return; // shown as the page title instead
        String id = page.headingIds().get(node.getStartOffset());
        String tag = "h" + node.getLevel();
        if (id != null) html.attr("id", id);
        html.withAttr().tag(tag);
        ctx.renderChildren(node);
        if (id != null) {
            html.raw(" ");
            html.attr("class", "permalink").attr("href", "#" + id).attr("aria-label", "Link to this section")
                    .withAttr().tag("a").raw("#").tag("/a");
        }
        html.tag("/" + tag).line();
    }
}
