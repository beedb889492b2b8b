package io.github.lorewiki.engine.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.lorewiki.engine.model.ResolvedLink;
import io.github.lorewiki.engine.parse.Markdown;
import io.github.lorewiki.engine.parse.ParsedArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders an article's Markdown body to HTML. One instance serves every page, from any thread. */
public final class BodyRenderer {
    private final HtmlRenderer renderer;

    public BodyRenderer() {
        MutableDataSet options = new MutableDataSet(Markdown.OPTIONS);
        List<Extension> extensions = new ArrayList<>(Parser.EXTENSIONS.get(Markdown.OPTIONS));
        extensions.add(new LoreNodeRenderer.Extension());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        renderer = HtmlRenderer.builder(options.toImmutable()).build();
    }

    public String render(ParsedArticle article, String pageUrl, Map<Integer, ResolvedLink> links) {
        Document doc = article.document();
        BodyContext.KEY.set(doc, new BodyContext(pageUrl, links, article.headingIds(), article.titleHeading()));
        return renderer.render(doc);
    }
}
