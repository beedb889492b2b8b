package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.model.Glossary;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Term;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The opening tags of glossary term links, made once per term and folder and shared by every page of one
 * build: a tag carries the term's definition (escaped) in {@code aria-description}, which screen readers
 * read and the theme's CSS draws as the tooltip, and is the same on every page of a folder, since links are
 * relative. Safe to use from many threads. Terms are looked up by their number in the
 * glossary, in arrays: a page links ~30 terms, and hashing their ids cost more than writing the links.
 */
final class TermTags {
    private final Glossary glossary;
    // by term number; filled on first use. Strings are immutable, so a thread that sees a slot still empty only
    // makes an equal one again
    private final String[] escaped;
    /**
     * By folder ("" for the top, "concepts/"), then by term number: tags of automatic links ("term") and of
     * {@code [[term:…]]}, as UTF-8, the form pages are written in, since each is written on many pages.
     */
    private final Map<String, byte[][]> autoTags = new ConcurrentHashMap<>();
    private final Map<String, byte[][]> explicitTags = new ConcurrentHashMap<>();

    TermTags(Glossary glossary) {
        this.glossary = glossary;
        escaped = new String[glossary.terms().size()];
    }

    Glossary glossary() {
        return glossary;
    }

    /** The definition of term number {@code term} as plain text, escaped for HTML. */
    String definition(int term) {
        String known = escaped[term];
        if (known == null) escaped[term] = known = HtmlText.escape(glossary.term(term).plainDefinition());
        return known;
    }

    /** The tags of one class of link from the pages of a page's folder, by term number, filled as terms are linked. */
    byte[][] forPage(String pageUrl, String cssClass) {
        String folder = pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
        Map<String, byte[][]> byFolder = cssClass.equals("term") ? autoTags : explicitTags;
        byte[][] known = byFolder.get(folder); // computeIfAbsent would lock the key's bin even when it is there
        return known != null ? known : byFolder.computeIfAbsent(folder, f -> new byte[glossary.terms().size()][]);
    }

    /** {@code <a href=… class=… aria-description=…>}, in UTF-8, for a link from the page to term number {@code term}. */
    byte[] open(int term, String pageUrl, String cssClass, byte[][] folderTags) {
        Term t = glossary.term(term);
        if (t.url().equals(pageUrl)) return make(term, t, pageUrl, cssClass); // a link within the page: "#anchor"
        byte[] known = folderTags[term];
        if (known == null) folderTags[term] = known = make(term, t, pageUrl, cssClass);
        return known;
    }

    private byte[] make(int term, Term t, String pageUrl, String cssClass) {
        StringBuilder tag = new StringBuilder(t.plainDefinition().length() + 120).append("<a href=\"");
        tag.append(HtmlText.escape(OutputPaths.relative(pageUrl, t.url(), t.anchor()))).append("\" class=\"").append(cssClass);
        if (!t.plainDefinition().isEmpty()) {
            tag.append("\" aria-description=\"").append(definition(term));
        }
        return tag.append("\">").toString().getBytes(StandardCharsets.UTF_8);
    }
}
