package io.github.lorewiki.engine.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.parser.ListOptions;
import io.github.lorewiki.engine.model.Fragment;
import io.github.lorewiki.engine.model.Glossary;
import io.github.lorewiki.engine.model.ResolvedLink;
import io.github.lorewiki.engine.parse.Markdown;
import io.github.lorewiki.engine.parse.ParsedArticle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders an article's Markdown body to HTML. One instance serves every page, from any thread. */
public final class BodyRenderer {
    private final HtmlRenderer renderer;
    private final DataHolder options;
    private final ListOptions listOptions;

    /** Whether to try {@link HtmlBody} first; false renders everything with flexmark, to compare the two. */
    private final boolean direct;

    public BodyRenderer() {
        this(true);
    }

    BodyRenderer(boolean direct) {
        this.direct = direct;
        MutableDataSet options = new MutableDataSet(Markdown.OPTIONS);
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(Markdown.OPTIONS));
        extensions.add(new LoreNodeRenderer.Extension());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.options = options.toImmutable();
        this.listOptions = ListOptions.get(this.options);
        renderer = HtmlRenderer.builder(this.options).build();
    }

    /** The term link tags of the glossary rendered last: one glossary per build, shared by its pages. */
    private volatile TermTags termTags;

    private TermTags termTags(Glossary glossary) {
        TermTags t = termTags;
        if (t == null || t.glossary() != glossary) {
            t = new TermTags(glossary);
            termTags = t;
        }
        return t;
    }

    public String render(ParsedArticle article, String pageUrl, Map<Integer, ResolvedLink> links) {
        return render(article, pageUrl, links, Map.of());
    }

    /** @param embeds HTML to put in place of each {@code ![[...]]}, by its offset */
    public String render(ParsedArticle article, String pageUrl, Map<Integer, ResolvedLink> links, Map<Integer, String> embeds) {
        return render(article, pageUrl, links, embeds, Glossary.EMPTY);
    }

    /** @param glossary the glossary, whose term links for {@code pageUrl} are rendered */
    public String render(ParsedArticle article, String pageUrl, Map<Integer, ResolvedLink> links, Map<Integer, String> embeds,
                         Glossary glossary) {
        return body(article, pageUrl, links, embeds, glossary).toString();
    }

    /** {@link #render}, as the UTF-8 the page is written in. */
    public BodyHtml body(ParsedArticle article, String pageUrl, Map<Integer, ResolvedLink> links, Map<Integer, String> embeds,
                         Glossary glossary) {
        Document doc = article.document();
        TermLinks terms = termLinks(glossary, pageUrl);
        BodyContext page = new BodyContext(pageUrl, links, article.headingIds(), article.titleHeading(), embeds, terms);
        byte[] utf8 = direct(doc, page);
        if (utf8 != null) return new BodyHtml(utf8);
        // the page holds something only flexmark renders: start again, with fresh term links
        terms = termLinks(glossary, pageUrl);
        BodyContext.KEY.set(doc, new BodyContext(pageUrl, links, article.headingIds(), article.titleHeading(), embeds, terms));
        String html = renderer.render(doc);
        return BodyHtml.of(terms.isEmpty() ? html : terms.expand(html));
    }

    /** Whether Lore's own writer renders this body, rather than flexmark's renderer. */
    boolean writesDirectly(ParsedArticle article, String pageUrl, Map<Integer, ResolvedLink> links, Glossary glossary) {
        BodyContext page = new BodyContext(pageUrl, links, article.headingIds(), article.titleHeading(), Map.of(), termLinks(glossary, pageUrl));
        return direct(article.document(), page) != null;
    }

    private TermLinks termLinks(Glossary glossary, String pageUrl) {
        return glossary.isEmpty() ? TermLinks.NONE : new TermLinks(termTags(glossary), glossary.mentions(pageUrl), pageUrl);
    }

    /** Each worker's buffer for bodies: a body is written once into it, as UTF-8, and copied out once. */
    private static final ThreadLocal<HtmlBuffer> BUFFER = ThreadLocal.withInitial(() -> new HtmlBuffer(1 << 16));
    private static final int KEEP_AT_MOST = 1 << 22; // bytes; a buffer grown past this by a huge page is not kept

    /** The body written by {@link HtmlBody}, in UTF-8, or null when the tree holds a node it leaves to flexmark. */
    private byte[] direct(Document doc, BodyContext page) {
        if (!direct) return null;
        HtmlBuffer out = BUFFER.get();
        out.setLength(0);
        try {
            new HtmlBody(out, page, options, listOptions).document(doc);
            return out.toBytes();
        } catch (HtmlBody.Unsupported e) {
            return null;
        } finally {
            if (out.capacity() > KEEP_AT_MOST) BUFFER.set(new HtmlBuffer(1 << 16));
        }
    }

    /** A snippet's text as a reader sees it, without markup, for summaries in lists. */
    public String plainText(Fragment fragment) {
        if (fragment.isEmpty()) return "";
        return new com.vladsch.flexmark.util.ast.TextCollectingVisitor()
                .collectAndGetText(Markdown.parseReported(fragment.markdown())).strip().replaceAll("\\s+", " ");
    }

    /**
     * A snippet of Markdown from outside an article (a table cell, a summary) as HTML for the given page.
     * A single paragraph is unwrapped, so that a cell holds its text, not a paragraph.
     */
    public String fragment(Fragment fragment, String pageUrl) {
        if (fragment.isEmpty()) return "";
        Document doc = Markdown.parseReported(fragment.markdown());
        BodyContext page = new BodyContext(pageUrl, fragment.links(), Map.of(), -1, Map.of());
        byte[] utf8 = direct(doc, page);
        String html;
        if (utf8 != null) {
            html = new String(utf8, StandardCharsets.UTF_8);
        } else {
            BodyContext.KEY.set(doc, page);
            html = renderer.render(doc);
        }
        html = html.strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            html = html.substring(3, html.length() - 4);
        }
        return html;
    }
}
