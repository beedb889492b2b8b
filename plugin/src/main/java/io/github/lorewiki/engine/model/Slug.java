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
        // ASCII is its own NFC form and lowercases letter by letter: most names skip both passes
        String s = ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
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
        String stripped = name.strip();
        String s = ascii(stripped) ? stripped : Normalizer.normalize(stripped, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        // each run of white space (as \s matches it), underscores and hyphens becomes one space
        StringBuilder sb = new StringBuilder(s.length());
        boolean run = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '_' || c == '-' || (c >= '\t' && c <= '\r')) {
                if (!run) sb.append(' ');
                run = true;
            } else {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                run = false;
            }
        }
        return sb.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
