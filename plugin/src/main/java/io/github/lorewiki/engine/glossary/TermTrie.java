package io.github.lorewiki.engine.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the automaton of a {@link TermMatcher}: the trie of every name and of its inflected forms (regular
 * plurals, the possessive), keyed as {@link TermMatcher#key} folds them, then its failure and dictionary links.
 * A name always wins over another term's inflected form ("news" is not the plural of "new" when both are terms).
 */
final class TermTrie {
    final int[] rootNext = new int[65536];
    final Map<Long, Integer> transitions = new HashMap<>();
    final List<Integer> lengths = new ArrayList<>();
    final List<Integer> terms = new ArrayList<>();
    final List<String> exact = new ArrayList<>();
    final WordGate gate = new WordGate();
    boolean shortcuts = true;
    int[] edge = new int[64];       // the character leading to each node
    int[] firstChild = new int[64];
    int[] nextSibling = new int[64];
    int[] out = new int[64];
    int[] fail;
    int[] dict;
    int nodes = 1;

    TermTrie(List<List<String>> names) {
        out[0] = TermMatcher.NONE;
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
        String folded = TermMatcher.key(form, false);
        if (folded.isEmpty()) return;
        gate.add(folded);
        int node = 0;
        for (int i = 0; i < folded.length(); i++) node = childOrNew(node, folded.charAt(i));
        if (out[node] != TermMatcher.NONE) return; // an earlier name or form takes it
        out[node] = lengths.size();
        lengths.add(folded.length());
        terms.add(term);
        exact.add(acronym ? TermMatcher.key(form, true) : null);
    }

    /** For tests: a matcher that feeds every character to the automaton, without its shortcuts at the root. */
    TermTrie withoutShortcuts() {
        shortcuts = false;
        return this;
    }

    private int childOrNew(int node, char c) {
        int existing = node == 0 ? rootNext[c] : transitions.getOrDefault(((long) node << 16) | c, 0);
        if (existing > 0) return existing;
        if (nodes == out.length) grow();
        int n = nodes++;
        edge[n] = c;
        out[n] = TermMatcher.NONE;
        nextSibling[n] = firstChild[node];
        firstChild[node] = n;
        if (node == 0) rootNext[c] = n;
        else transitions.put(((long) node << 16) | c, n);
        return n;
    }

    private void grow() {
        int size = out.length * 2;
        edge = Arrays.copyOf(edge, size);
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
                dict[c] = out[target] != TermMatcher.NONE ? target : dict[target];
                queue[tail++] = c;
            }
        }
        return new TermMatcher(this);
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
        int of = name.toLowerCase(Locale.ROOT).indexOf(" of ");
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
        String lower = word.toLowerCase(Locale.ROOT);
        if (!upper && (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh") || lower.endsWith("o"))) {
            forms.add(word + "es");
        }
        if (!upper && lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            forms.add(word.substring(0, word.length() - 1) + "ies");
        }
        return forms;
    }
}
