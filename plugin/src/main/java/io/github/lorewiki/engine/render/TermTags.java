package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.model.Glossary;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Term;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The opening tags of glossary term links, made once per term and folder and shared by every page of one
 * build: a tag carries the term's definition (escaped) in its tooltip, and is the same on every page of a
 * folder, since links are relative. Safe to use from many threads. Each look-up tries a plain {@code get} first:
 * {@code computeIfAbsent} locks the key's bin even when the value is there, and the workers would queue on it.
 */
final class TermTags {
    private final Glossary glossary;
    private final Map<String, String> escaped = new ConcurrentHashMap<>();
    private final Map<String, String> tips = new ConcurrentHashMap<>();
    /** By folder ("" for the top, "concepts/"), then by term id: tags of automatic links ("term") and of {@code [[term:…]]}. */
    private final Map<String, Map<String, String>> autoTags = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> explicitTags = new ConcurrentHashMap<>();

    TermTags(Glossary glossary) {
        this.glossary = glossary;
    }

    Glossary glossary() {
        return glossary;
    }

    /** The term's definition as plain text, escaped for HTML. */
    String definition(Term t) {
        String known = escaped.get(t.id());
        return known != null ? known : escaped.computeIfAbsent(t.id(), id -> HtmlText.escape(t.plainDefinition()));
    }

    /**
     * The hidden tooltip element of a term for screen readers, made once per build: {@code <span id=… role="tooltip">…</span>}
     * and a line end; empty for a term without a definition.
     */
    String tip(Term t) {
        if (t.plainDefinition().isEmpty()) return "";
        String known = tips.get(t.id());
        return known != null ? known : tips.computeIfAbsent(t.id(), id -> "<span id=\"" + TermLinks.tipId(t) + "\" role=\"tooltip\">" + definition(t) + "</span>\n");
    }

    /** The tags of one class of link from the pages of a page's folder, by term id, filled as terms are linked. */
    Map<String, String> forPage(String pageUrl, String cssClass) {
        String folder = pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
        Map<String, Map<String, String>> byFolder = cssClass.equals("term") ? autoTags : explicitTags;
        Map<String, String> known = byFolder.get(folder);
        return known != null ? known : byFolder.computeIfAbsent(folder, f -> new ConcurrentHashMap<>());
    }

    /** {@code <a href=… class=… data-tooltip=… aria-describedby=…>} for a link from the page to the term. */
    String open(Term t, String pageUrl, String cssClass, Map<String, String> folderTags) {
        if (t.url().equals(pageUrl)) return make(t, pageUrl, cssClass); // a link within the page: "#anchor"
        String known = folderTags.get(t.id());
        return known != null ? known : folderTags.computeIfAbsent(t.id(), id -> make(t, pageUrl, cssClass));
    }

    private String make(Term t, String pageUrl, String cssClass) {
        StringBuilder tag = new StringBuilder(t.plainDefinition().length() + 120).append("<a href=\"");
        tag.append(HtmlText.escape(OutputPaths.relative(pageUrl, t.url(), t.anchor()))).append("\" class=\"").append(cssClass);
        if (!t.plainDefinition().isEmpty()) {
            tag.append("\" data-tooltip=\"").append(definition(t)).append("\" aria-describedby=\"").append(TermLinks.tipId(t));
        }
        return tag.append("\">").toString();
    }
}
