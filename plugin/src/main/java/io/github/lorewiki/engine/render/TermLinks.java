package io.github.lorewiki.engine.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.lorewiki.engine.model.Glossary;
import io.github.lorewiki.engine.model.Glossary.Mention;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The glossary term links of one page body while it renders. Which words become links was decided in LINK;
 * this only wraps them. Each link carries its term's definition once, in {@code aria-description}: screen
 * readers read it as the link's description, and the theme's CSS draws it as a tooltip on hover and keyboard
 * focus (see {@link TermTags}).
 * <p>One instance per render of one document: it remembers a link left open across a line break, and the
 * tags made for the page so far.
 */
final class TermLinks {
    static final TermLinks NONE = new TermLinks(new TermTags(Glossary.EMPTY), List.of(), "index.html");

    private final Glossary glossary;
    private final TermTags shared;
    private byte[][] autoFolder;     // the shared tags for this page's folder, by term number, found on first use
    private byte[][] explicitFolder;
    private final List<Mention> mentions;
    private final String pageUrl;
    private final int[] starts;
    private Map<Integer, Mention> explicit = Map.of(); // by offset; most pages have none
    /** Marks a placeholder in rendered HTML; never in text (the parser replaces U+0000) nor in the writer's markup. */
    private static final String MARK = "\u0000";
    private final List<byte[]> tags = new ArrayList<>();
    // per term number, the page's tag for it plus one (0: none yet); made on the first link
    private int[] autoTag;
    private int[] explicitTag;
    private int openEnd = -1;

    /** @param shared the tags of the site's term links, shared by its pages */
    TermLinks(TermTags shared, List<Mention> mentions, String pageUrl) {
        this.shared = shared;
        this.glossary = shared.glossary();
        this.pageUrl = pageUrl;
        List<Mention> auto = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!m.explicit()) {
                auto.add(m);
                continue;
            }
            if (explicit.isEmpty()) explicit = new HashMap<>();
            explicit.put(m.start(), m);
        }
        this.mentions = auto;
        this.starts = new int[auto.size()];
        for (int i = 0; i < starts.length; i++) starts[i] = auto.get(i).start();
    }

    boolean isEmpty() {
        return mentions.isEmpty() && explicit.isEmpty();
    }

    /** Whether any text node needs this: false lets flexmark render text its own way. */
    boolean hasMentions() {
        return !mentions.isEmpty();
    }

    /** The number of the term an explicit {@code [[term:...]]} link starting at {@code offset} leads to, or -1. */
    int explicitAt(int offset) {
        Mention m = explicit.get(offset);
        return m == null ? -1 : m.term();
    }

    /** A text node, with the mentions inside it wrapped in term links; one may begin in an earlier node. */
    void text(Text node, HtmlWriter html) {
        HtmlBuffer sb = new HtmlBuffer(node.getChars().length() + 64);
        text(node, sb, true);
        html.raw(sb.toString());
    }

    /**
     * @param placeholders whether to write each opening tag as a short placeholder for {@link #expand}, for
     *                     flexmark's writer, which costs per character; else the tag itself
     */
    void text(Text node, HtmlBuffer out, boolean placeholders) {
        BasedSequence chars = node.getChars();
        int start = node.getStartOffset();
        int end = start + chars.length();
        int pos = start;
        if (openEnd > pos) {
            int stop = Math.min(openEnd, end);
            piece(out, chars, pos - start, stop - start, !placeholders);
            pos = stop;
            if (openEnd <= end) close(out);
        }
        int i = java.util.Arrays.binarySearch(starts, pos);
        if (i < 0) i = -i - 1;
        for (; i < starts.length && starts[i] < end; i++) {
            Mention m = mentions.get(i);
            if (m.start() < pos) continue;
            piece(out, chars, pos - start, m.start() - start, !placeholders);
            open(out, m.term(), "term", placeholders);
            int stop = Math.min(m.end(), end);
            piece(out, chars, m.start() - start, stop - start, !placeholders);
            pos = stop;
            if (m.end() <= end) {
                close(out);
            } else {
                openEnd = m.end();
                break;
            }
        }
        piece(out, chars, pos - start, end - start, !placeholders);
    }

    /**
     * Text as flexmark renders it (escapes and entities resolved, then HTML-escaped), in one pass when there is
     * nothing to resolve.
     *
     * @param direct whether {@code out} is the page itself, so that spaces at a line start are dropped here as flexmark's writer would
     */
    private static void piece(HtmlBuffer out, BasedSequence chars, int from, int to, boolean direct) {
        if (from >= to) return;
        int baseFrom = chars.getStartOffset() + from;
        int baseTo = chars.getStartOffset() + to;
        if (chars.getBase() instanceof String base && chars.getEndOffset() - chars.getStartOffset() == chars.length()
                && HtmlText.escapeIfPlain(base, baseFrom, baseTo, direct, out)) {
            return;
        }
        String s = chars.subSequence(from, to).toString();
        if (s.indexOf('\\') >= 0 || s.indexOf('&') >= 0) s = Escaping.unescapeString(s);
        if (s.indexOf('\r') >= 0) s = Escaping.normalizeEOL(s);
        HtmlText.escape(s, 0, s.length(), direct, out);
    }

    private void close(HtmlBuffer out) {
        out.append("</a>");
        openEnd = -1;
    }

    /**
     * Opens the link to a term: to its defining article, or its entry in the glossary. flexmark's writer costs
     * per character, and a tooltip is long: the writer gets a short placeholder, replaced by the tag in
     * {@link #expand}; each tag is made once per term and page.
     */
    void open(HtmlWriter html, int term, String cssClass) {
        HtmlBuffer sb = new HtmlBuffer(16);
        open(sb, term, cssClass, true);
        html.raw(sb.toString());
    }

    void open(HtmlBuffer out, int term, String cssClass, boolean placeholder) {
        boolean auto = cssClass.equals("term");
        int[] byTerm = auto ? autoTag : explicitTag;
        if (byTerm == null) {
            byTerm = new int[glossary.terms().size()];
            if (auto) autoTag = byTerm;
            else explicitTag = byTerm;
        }
        int index = byTerm[term] - 1;
        if (index < 0) {
            index = tags.size();
            byTerm[term] = index + 1;
            if (auto && autoFolder == null) autoFolder = shared.forPage(pageUrl, cssClass);
            if (!auto && explicitFolder == null) explicitFolder = shared.forPage(pageUrl, cssClass);
            tags.add(shared.open(term, pageUrl, cssClass, auto ? autoFolder : explicitFolder));
        }
        if (placeholder) out.append(MARK).append(index).append(MARK);
        else out.append(tags.get(index));
    }

    /** The rendered body with each placeholder of {@link #open} replaced by its tag. */
    String expand(String html) {
        int at = html.indexOf(MARK);
        if (at < 0) return html;
        StringBuilder sb = new StringBuilder(html.length() + tags.size() * 200);
        int from = 0;
        while (at >= 0) {
            int end = html.indexOf(MARK, at + 1);
            sb.append(html, from, at).append(new String(tags.get(Integer.parseInt(html, at + 1, end, 10)), StandardCharsets.UTF_8));
            from = end + 1;
            at = html.indexOf(MARK, from);
        }
        return sb.append(html, from, html.length()).toString();
    }
}
