package io.github.lorewiki.engine.link;

import java.util.Collection;
import java.util.Locale;

/** Finds the name a writer probably meant: the closest by edit distance, if close enough to be a typo. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate, or null when none is within about a third of the name's length. */
    public static String closest(String name, Collection<String> candidates) {
        String query = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, query.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String lower = c.toLowerCase(Locale.ROOT);
            if (Math.abs(lower.length() - query.length()) > limit) continue;
            int d = distance(query, lower, Math.min(limit, bestDistance));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance <= limit ? best : null;
    }

    /** Levenshtein distance, giving up early (returning max + 1) once it exceeds {@code max}. */
    static int distance(String a, String b, int max) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
