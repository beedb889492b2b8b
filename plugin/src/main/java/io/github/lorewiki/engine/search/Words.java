package io.github.lorewiki.engine.search;

/**
 * Words of a section's text as {@code text.split(" ")} sees them (empty words between double spaces
 * count, trailing ones do not), counted and cut without making an array of them.
 */
final class Words {
    private Words() {
    }

    static int count(String text) {
        if (text.isEmpty()) return 0;
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        if (end == 0) return 0; // only spaces: every word is empty, and trailing
        int words = 1;
        for (int i = text.indexOf(' '); i >= 0 && i < end; i = text.indexOf(' ', i + 1)) words++;
        return words;
    }

    /** The first {@code keep} words joined by single spaces, as they stand in the text; keep is below {@link #count}. */
    static String first(String text, int keep) {
        if (keep == 0) return "";
        int seen = 0;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (++seen == keep) return text.substring(0, i);
        }
        return text;
    }
}
