package io.github.lorewiki.engine.render;

import com.vladsch.flexmark.util.data.DataKey;
import io.github.lorewiki.engine.model.ResolvedLink;

import java.util.Map;

/**
 * What the Markdown renderer needs to know about the page it renders: its URL, where its links lead,
 * the ids of its headings, the HTML of what it embeds ({@code ![[Comparison]]}) and its glossary term links,
 * by offset. Attached to the page's document, so rendering shares no mutable state.
 */
record BodyContext(String pageUrl, Map<Integer, ResolvedLink> links, Map<Integer, String> headingIds, int titleHeading,
                   Map<Integer, String> embeds, TermLinks terms) {
    static final BodyContext NONE = new BodyContext("index.html", Map.of(), Map.of(), -1, Map.of());
    static final DataKey<BodyContext> KEY = new DataKey<>("LORE_BODY_CONTEXT", NONE);

    BodyContext(String pageUrl, Map<Integer, ResolvedLink> links, Map<Integer, String> headingIds, int titleHeading,
                Map<Integer, String> embeds) {
        this(pageUrl, links, headingIds, titleHeading, embeds, TermLinks.NONE);
    }
}
