package io.github.lorewiki.engine.model;

public enum LinkKind {
    /** {@code [[Target]]}, {@code [[Target|label]]}, {@code [[Target#Heading]]}. */
    WIKI,
    /** {@code ![[Target]]}: embeds another object (a comparison table) into the page. */
    EMBED,
    /** A standard Markdown link with a relative URL. */
    MARKDOWN,
    /** A standard Markdown image with a relative URL. */
    IMAGE
}
