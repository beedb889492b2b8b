package io.github.lorewiki.engine.glossary;

import java.util.Locale;
import java.util.Optional;

/** Which mentions of glossary terms in article text become links ({@code lore.glossary.link}). */
public enum TermLinkMode {
    /** The first mention of each term on a page (the default). */
    FIRST,
    /** Every mention. */
    ALL,
    /** None; explicit {@code [[term:...]]} links still work and usages are still collected. */
    OFF;

    public static final String PROPERTY = "lore.glossary.link";

    /** The mode named {@code first}, {@code all} or {@code off} ({@code none} and {@code false} also mean off), case ignored; null or blank means the default. */
    public static Optional<TermLinkMode> parse(String text) {
        if (text == null || text.isBlank()) return Optional.of(FIRST);
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "first" -> Optional.of(FIRST);
            case "all" -> Optional.of(ALL);
            case "off", "none", "false" -> Optional.of(OFF);
            default -> Optional.empty();
        };
    }
}
