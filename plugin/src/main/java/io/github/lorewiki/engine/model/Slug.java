package io.github.lorewiki.engine.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one slug algorithm of Lore, used for output file names, heading anchors and tag pages.
 * It is part of every public URL, so it must not change: golden tests pin it.
 * Letters and digits of any script are kept (lowercased, NFC); everything else becomes a single hyphen.
 */
public final class Slug {
    private Slug() {
    }

    public static String of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (pendingHyphen && sb.length() > 0) sb.append('-');
                pendingHyphen = false;
                sb.appendCodePoint(cp);
            } else if (cp == '_' || cp == '-' || Character.isWhitespace(cp) || cp == '/' || cp == '.') {
                pendingHyphen = true;
            }
            // other punctuation (apostrophes, quotes, brackets) is dropped without a separator
        }
        return sb.length() == 0 ? "section" : sb.toString();
    }

    /** The key two names are compared by when resolving links: case, spacing and normalization ignored. */
    public static String key(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return s.replaceAll("[\\s_-]+", " ");
    }
}
