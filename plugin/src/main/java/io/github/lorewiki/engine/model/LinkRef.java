package io.github.lorewiki.engine.model;

import io.github.lorewiki.engine.diag.SourcePos;

/**
 * A link as written in an article, before resolution.
 *
 * @param offset the link's start offset in the Markdown body; it identifies the link when rendering
 * @param target the page part: a name for wikilinks, a relative path for Markdown links; empty for a link within the page
 * @param anchor the part after {@code #}, or empty
 */
public record LinkRef(LinkKind kind, int offset, String target, String anchor, SourcePos pos) {
}
