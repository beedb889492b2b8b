package io.github.lorewiki.engine.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every mention of every term in a text in one pass: an Aho–Corasick automaton over the text folded
 * to lower case, whatever the number of terms.
 * <ul>
 *   <li>Whole words only: the characters around a mention are not letters, digits, marks or '_' (any script).</li>
 *   <li>Case is ignored, except for names written without lower-case letters (acronyms such as "AAR" or "IT"),
 *       which match only as written, so that "it" is not taken for "IT".</li>
 *   <li>A run of white space or hyphens matches any other ("double-loop learning", "double loop\nlearning").</li>
 *   <li>Regular plurals ("-s", "-es", "-y" → "-ies", also on the head of "X of Y": "communities of practice") and
 *       the possessive "'s" / "’s" are matched; a plural possessive ("organizations'") matches as the plural.</li>
 *   <li>Mentions never overlap: the leftmost wins, then the longest ("organizational memory" over "memory").</li>
 * </ul>
 * Immutable and safe to share between threads.
 */
public final class TermMatcher {
    /** The characters {@code [start, end)} of the text mention term number {@code term}. */
    public record Match(int start, int end, int term) {
    }

    private static final int NONE = -1;

    private final int[] rootNext;     // the root's transitions by character; 0 for none
    private final long[] keys;        // the other transitions: (node << 16 | char) → child, open addressing
    private final int[] children;
    private final int mask;
    private final int[] fail;         // the longest proper suffix that is a trie node
    private final int[] out;          // the pattern ending at a node, or NONE
    private final int[] dict;         // the nearest node on the fail chain where a pattern ends, or 0
    private final int[] patternLength; // in folded characters
    private final int[] patternTerm;
    private final String[] patternExact; // the form to compare as written, for acronyms; else null

    /** @param names for each term, its names: the term itself first, then its aliases */
    public static TermMatcher of(List<List<String>> names) {
        return new Builder(names).build();
    }

    private TermMatcher(Builder b) {
        rootNext = b.rootNext;
        int size = Integer.highestOneBit(Math.max(4, b.transitions.size() * 2 + 1)) << 1;
        mask = size - 1;
        keys = new long[size];
        Arrays.fill(keys, -1L);
        children = new int[size];
        for (Map.Entry<Long, Integer> e : b.transitions.entrySet()) {
            int i = slot(e.getKey());
            while (keys[i] != -1L) i = (i + 1) & mask;
            keys[i] = e.getKey();
            children[i] = e.getValue();
        }
        fail = b.fail;
        out = b.out;
        dict = b.dict;
        patternLength = b.lengths.stream().mapToInt(Integer::intValue).toArray();
        patternTerm = b.terms.stream().mapToInt(Integer::intValue).toArray();
        patternExact = b.exact.toArray(String[]::new);
    }

    /** Whether the matcher knows no pattern at all. */
    public boolean isEmpty() {
        return patternLength.length == 0;
    }

    /** The mentions in {@code text}, in order, not overlapping. */
    public List<Match> find(CharSequence text) {
        int n = text.length();
        if (n == 0 || isEmpty()) return List.of();
        int[] fed = new int[n];       // the index in text of each character fed to the automaton
        int f = 0;
        int node = 0;
        boolean space = false;
        int[] cand = null;            // start, end, pattern triples
        int count = 0;
        for (int i = 0; i < n; i++) {
            char c = fold(text.charAt(i));
            if (c == ' ') {
                if (space) continue;
                space = true;
            } else {
                space = false;
            }
            fed[f++] = i;
            node = step(node, c);
            for (int m = out[node] != NONE ? node : dict[node]; m > 0; m = dict[m]) {
                int p = out[m];
                int first = f - patternLength[p];
                int start = fed[first];
                if (!wholeWord(text, start, i + 1) || !asWritten(p, text, fed, first)) continue;
                if (cand == null) cand = new int[24];
                else if (count * 3 == cand.length) cand = Arrays.copyOf(cand, cand.length * 2);
                cand[count * 3] = start;
                cand[count * 3 + 1] = i + 1;
                cand[count * 3 + 2] = p;
                count++;
            }
        }
        return count == 0 ? List.of() : select(cand, count);
    }

    /** Leftmost first, then longest; a candidate overlapping one already taken is dropped. */
    private List<Match> select(int[] cand, int count) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> cand[a * 3] != cand[b * 3] ? Integer.compare(cand[a * 3], cand[b * 3])
                : Integer.compare(cand[b * 3 + 1], cand[a * 3 + 1]));
        List<Match> out = new ArrayList<>();
        int taken = -1;
        for (int k : order) {
            int start = cand[k * 3];
            if (start < taken) continue;
            taken = cand[k * 3 + 1];
            out.add(new Match(start, taken, patternTerm[cand[k * 3 + 2]]));
        }
        return out;
    }

    private int step(int node, char c) {
        while (true) {
            int next = node == 0 ? rootNext[c] : child(node, c);
            if (next > 0 || node == 0) return next;
            node = fail[node];
        }
    }

    private int child(int node, char c) {
        long key = ((long) node << 16) | c;
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return children[i];
            if (k == -1L) return 0;
        }
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private boolean asWritten(int p, CharSequence text, int[] fed, int first) {
        String exact = patternExact[p];
        if (exact == null) return true;
        for (int k = 0; k < exact.length(); k++) {
            if (normalize(text.charAt(fed[first + k])) != exact.charAt(k)) return false;
        }
        return true;
    }

    static boolean wholeWord(CharSequence text, int start, int end) {
        if (start > 0 && isWordChar(Character.codePointBefore(text, start))) return false;
        return end >= text.length() || !isWordChar(Character.codePointAt(text, end));
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp) || cp == '_') return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** White space and hyphens become one space, typographic apostrophes a plain one; case is kept. */
    static char normalize(char c) {
        if (c == ' ' || c == '-' || c == '\n' || c == '\t' || c == '\r') return ' ';
        if (c < 128) return c;
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u2010' || c == '\u2011') return ' ';
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC') return '\'';
        return c;
    }

    /** {@link #normalize} and case folded, character by character so that offsets stay aligned. */
    static char fold(char c) {
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            return normalize(c);
        }
        char n = normalize(c);
        if (n != c) return n;
        if (Character.isSurrogate(c)) return c;
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** A name as the automaton sees it: folded (or only normalized, when {@code keepCase}), spaces collapsed, stripped. */
    static String key(String name, boolean keepCase) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = keepCase ? normalize(name.charAt(i)) : fold(name.charAt(i));
            if (c == ' ' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ')) continue;
            sb.append(c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        return sb.substring(0, end);
    }

    /** A name without lower-case letters and with an upper-case one: an acronym, matched as written. */
    static boolean isAcronym(String name) {
        boolean upper = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp)) return false;
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) upper = true;
        }
        return upper;
    }

    /** The inflected forms of a name that are matched besides the name itself: plurals and the possessive. */
    static List<String> inflections(String name) {
        List<String> forms = new ArrayList<>();
        int of = name.toLowerCase(java.util.Locale.ROOT).indexOf(" of ");
        if (of > 0) {
            for (String head : plurals(name.substring(0, of))) forms.add(head + name.substring(of));
        } else {
            forms.addAll(plurals(name));
        }
        forms.add(name + "'s");
        return forms;
    }

    private static List<String> plurals(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(word.length() - 1))) return List.of();
        List<String> forms = new ArrayList<>(3);
        boolean upper = isAcronym(word);
        forms.add(word + "s");
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!upper && (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh") || lower.endsWith("o"))) {
            forms.add(word + "es");
        }
        if (!upper && lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            forms.add(word.substring(0, word.length() - 1) + "ies");
        }
        return forms;
    }

    /** Builds the trie of every name and inflection, then its failure and dictionary links. */
    private static final class Builder {
        final int[] rootNext = new int[65536];
        final Map<Long, Integer> transitions = new HashMap<>();
        final List<Integer> lengths = new ArrayList<>();
        final List<Integer> terms = new ArrayList<>();
        final List<String> exact = new ArrayList<>();
        int[] edge = new int[64];       // the character leading to each node
        int[] parent = new int[64];
        int[] firstChild = new int[64];
        int[] nextSibling = new int[64];
        int[] out = new int[64];
        int[] fail;
        int[] dict;
        int nodes = 1;

        Builder(List<List<String>> names) {
            out[0] = NONE;
            // names before inflections, so that a name always wins over another term's inflected form
            for (int t = 0; t < names.size(); t++) {
                for (String n : names.get(t)) add(n, t, isAcronym(n));
            }
            for (int t = 0; t < names.size(); t++) {
                for (String n : names.get(t)) {
                    for (String form : inflections(n.strip())) add(form, t, isAcronym(n));
                }
            }
        }

        private void add(String form, int term, boolean acronym) {
            String folded = key(form, false);
            if (folded.isEmpty()) return;
            int node = 0;
            for (int i = 0; i < folded.length(); i++) node = childOrNew(node, folded.charAt(i));
            if (out[node] != NONE) return; // an earlier name or form takes it
            out[node] = lengths.size();
            lengths.add(folded.length());
            terms.add(term);
            exact.add(acronym ? key(form, true) : null);
        }

        private int childOrNew(int node, char c) {
            int existing = node == 0 ? rootNext[c] : transitions.getOrDefault(((long) node << 16) | c, 0);
            if (existing > 0) return existing;
            if (nodes == out.length) grow();
            int n = nodes++;
            edge[n] = c;
            parent[n] = node;
            out[n] = NONE;
            nextSibling[n] = firstChild[node];
            firstChild[node] = n;
            if (node == 0) rootNext[c] = n;
            else transitions.put(((long) node << 16) | c, n);
            return n;
        }

        private void grow() {
            int size = out.length * 2;
            edge = Arrays.copyOf(edge, size);
            parent = Arrays.copyOf(parent, size);
            firstChild = Arrays.copyOf(firstChild, size);
            nextSibling = Arrays.copyOf(nextSibling, size);
            out = Arrays.copyOf(out, size);
        }

        TermMatcher build() {
            out = Arrays.copyOf(out, nodes);
            fail = new int[nodes];
            dict = new int[nodes];
            int[] queue = new int[nodes];
            int head = 0;
            int tail = 0;
            for (int c = firstChild[0]; c != 0; c = nextSibling[c]) queue[tail++] = c; // fail and dict of depth 1 are the root
            while (head < tail) {
                int u = queue[head++];
                for (int c = firstChild[u]; c != 0; c = nextSibling[c]) {
                    char ch = (char) edge[c];
                    int f = fail[u];
                    int target;
                    while (true) {
                        target = f == 0 ? rootNext[ch] : transitions.getOrDefault(((long) f << 16) | ch, 0);
                        if (target > 0 || f == 0) break;
                        f = fail[f];
                    }
                    fail[c] = target;
                    dict[c] = out[target] != NONE ? target : dict[target];
                    queue[tail++] = c;
                }
            }
            return new TermMatcher(this);
        }
    }
}
