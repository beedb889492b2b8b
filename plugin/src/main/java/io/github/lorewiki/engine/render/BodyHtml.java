package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.write.Utf8Buffer;

import java.nio.charset.StandardCharsets;

/**
 * An article body's HTML as the UTF-8 bytes it was written in. Templates write it with
 * {@code <@page.bodyHtml/>}, which copies the bytes into the page as they are; {@code ${page.bodyHtml?no_esc}}
 * works too, and makes a String of them first. A body is tens of kilobytes, and one holding any character
 * beyond Latin-1 ("›", "’", any non-Latin script) becomes a two-bytes-per-character String: making it took
 * 6–7 % of a cold build of the benchmark's wiki.
 */
public final class BodyHtml {
    private final byte[] utf8;
    private String text; // made on first use; an equal String if two threads race

    BodyHtml(byte[] utf8) {
        this.utf8 = utf8;
    }

    static BodyHtml of(String html) {
        return new BodyHtml(html.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the HTML to {@code out}: its bytes when {@code out} is a page's {@link Utf8Buffer}. */
    void writeTo(java.io.Writer out) throws java.io.IOException {
        if (out instanceof Utf8Buffer page) page.writeUtf8(utf8, 0, utf8.length);
        else out.write(toString());
    }

    /** The HTML as text. */
    @Override
    public String toString() {
        String s = text;
        if (s == null) text = s = new String(utf8, StandardCharsets.UTF_8);
        return s;
    }
}
