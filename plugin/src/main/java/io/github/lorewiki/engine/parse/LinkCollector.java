package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiNode;
import com.vladsch.flexmark.util.ast.Node;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.LinkKind;
import io.github.lorewiki.engine.model.LinkRef;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Walks a Markdown tree once, collecting its headings and every link that needs resolving: wikilinks,
 * embeds, and Markdown links and images with relative URLs. External URLs are left alone.
 */
final class LinkCollector {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private final IntFunction<SourcePos> position;
    private final List<Heading> headings = new ArrayList<>();
    private final List<LinkRef> links = new ArrayList<>();

    /** @param position turns an offset in the parsed text into a position in the user's file */
    LinkCollector(IntFunction<SourcePos> position) {
        this.position = position;
    }

    List<Heading> headings() {
        return headings;
    }

    List<LinkRef> links() {
        return links;
    }

    void visit(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) headings.add(h);
            if (n instanceof WikiNode w) {
                LinkKind kind = w instanceof WikiImage ? LinkKind.EMBED : LinkKind.WIKI;
                links.add(ref(kind, w, w.getPageRef().toString().strip(), w.getAnchorRef().toString().strip()));
                continue; // a wikilink's label is plain text
            }
            if (n instanceof Link l) markdown(LinkKind.MARKDOWN, n, l.getUrl().toString());
            if (n instanceof RefNode r && r.isDefined()) {
                Reference def = r.getReferenceNode(n.getDocument());
                if (def != null) markdown(n instanceof ImageRef ? LinkKind.IMAGE : LinkKind.MARKDOWN, n, def.getUrl().toString());
            }
            if (n instanceof Image i) markdown(LinkKind.IMAGE, n, i.getUrl().toString());
            visit(n);
        }
    }

    private void markdown(LinkKind kind, Node n, String url) {
        if (url.isEmpty() || url.startsWith("//") || url.startsWith("/") || SCHEME.matcher(url).find()) return;
        int hash = url.indexOf('#');
        String target = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? "" : url.substring(hash + 1);
        int q = target.indexOf('?');
        if (q >= 0) target = target.substring(0, q);
        links.add(ref(kind, n, decode(target), decode(anchor)));
    }

    private LinkRef ref(LinkKind kind, Node n, String target, String anchor) {
        int offset = n.getStartOffset();
        return new LinkRef(kind, offset, target, anchor, position.apply(offset));
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
