package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.model.Fragment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Markdown snippets from outside articles (table cells, notes, summaries) as HTML and as plain text, each
 * parsed and rendered once: a wiki's comparisons repeat the same values many times, and every snippet is a
 * full parse. HTML is kept per page URL, as links in it are relative to the page; any thread may ask.
 */
final class Snippets {
    private final BodyRenderer bodies;
    private final Map<Fragment, String> plain = new ConcurrentHashMap<>();
    private final Map<OnPage, String> html = new ConcurrentHashMap<>();

    private record OnPage(Fragment fragment, String pageUrl) {
    }

    Snippets(BodyRenderer bodies) {
        this.bodies = bodies;
    }

    /**
     * {@link BodyRenderer#fragment}, once per snippet and page; a snippet without links is the same on every
     * page (the page only serves to make its links relative), so it is rendered once.
     */
    String fragment(Fragment f, String pageUrl) {
        OnPage key = new OnPage(f, f.links().isEmpty() ? "" : pageUrl);
        String done = html.get(key);
        if (done != null) return done;
        // rendered outside the map's lock; two threads may render the same snippet, to the same HTML
        String rendered = bodies.fragment(f, pageUrl);
        html.putIfAbsent(key, rendered);
        return rendered;
    }

    /** {@link BodyRenderer#plainText}, once per snippet. */
    String plainText(Fragment f) {
        String done = plain.get(f);
        if (done != null) return done;
        String text = bodies.plainText(f);
        plain.putIfAbsent(f, text);
        return text;
    }
}
