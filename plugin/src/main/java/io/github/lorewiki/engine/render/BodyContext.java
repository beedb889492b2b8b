package io.github.lorewiki.engine.render;

import com.vladsch.flexmark.util.data.DataKey;
import io.github.lorewiki.engine.model.ResolvedLink;

import java.util.Map;

/**
 * What the Markdown renderer needs to know about the page it renders: its URL, where its links lead
 * and the ids of its headings. Attached to the page's document, so rendering shares no mutable state.
 */
record BodyContext(String pageUrl, Map<Integer, ResolvedLink> links, Map<Integer, String> headingIds, int titleHeading) {
    static final BodyContext NONE = new BodyContext("index.html", Map.of(), Map.of(), -1);
    static final DataKey<BodyContext> KEY = new DataKey<>("LORE_BODY_CONTEXT", NONE);
}
