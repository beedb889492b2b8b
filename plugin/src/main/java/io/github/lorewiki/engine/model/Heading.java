package io.github.lorewiki.engine.model;

/** A heading of an article: its level (1–6), its plain text and its anchor id, unique within the page. */
public record Heading(int level, String text, String id) {
}
