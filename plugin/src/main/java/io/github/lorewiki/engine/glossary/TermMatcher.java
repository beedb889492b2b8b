package io.github.lorewiki.engine.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * At the root, plain ASCII prose is mostly decided without the automaton: a word no name begins like (see
 * {@link WordGate}) and punctuation no name starts with are skipped whole.
 * Immutable and safe to share between threads.
 */
public final class TermMatcher {
    /** The characters {@code [start, end)} of the text mention term number {@code term}. */
    public record Match(int start, int end, int term) {
    }

    static final int NONE = -1;
    /**
     * Fed to the automaton before the first character of every word, in names and in text alike, so that a
     * name can only match from the start of a word: inside words the automaton stays near its root.
     */
    static final char WORD_START = '\u0001';
    private static final boolean[] ASCII_WORD = asciiWordChars();
    /** In {@link #rootSkip}: no name starts with the character, which folds to a space ({@code SKIP_SPACE}) or not. */
    private static final byte SKIP = 1;
    private static final byte SKIP_SPACE = 2;
    /** Nodes with this many children or more get a table by ASCII character: the first letters of words, mostly. */
    private static final int DENSE = 5;

    // Nodes are numbered breadth first, the root 0; the children of node n are edges edgeStart[n] .. edgeStart[n + 1] - 1,
    // sorted by character: compact, so that a step touches a cache line or two.
    private final int[] rootNext;     // the root's transitions by character; 0 for none
    private final byte[] rootSkip;    // by ASCII non-word character: SKIP or SKIP_SPACE, or 0 when a name may start with it
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] denseRow;     // for nodes with many children: their row in dense, by ASCII character; else -1
    private final int[] dense;
    private final int[] fail;         // the longest proper suffix that is a trie node
    private final int[] out;          // the pattern ending at a node, or NONE
    private final int[] dict;         // the nearest node on the fail chain where a pattern ends, or 0
    private final int[] firstOut;     // the node itself when a pattern ends there, else dict
    private final int ring;           // a power of two above the longest pattern: how many fed positions to remember
    private final int[] patternLength; // in folded characters
    private final int[] patternTerm;
    private final String[] patternExact; // the form to compare as written, for acronyms; else null
    private final WordGate gate;
    private final boolean shortcuts; // false only in tests, to compare with the automaton alone

    /** @param names for each term, its names: the term itself first, then its aliases */
    public static TermMatcher of(List<List<String>> names) {
        return new TermTrie(names).build();
    }

    TermMatcher(TermTrie b) {
        // renumber breadth first, children of each node together and in character order
        int nodes = b.nodes;
        int[] order = new int[nodes];
        int[] id = new int[nodes];
        int head = 0;
        int tail = 1;
        edgeStart = new int[nodes + 1];
        edgeChar = new char[Math.max(0, nodes - 1)];
        edgeTarget = new int[Math.max(0, nodes - 1)];
        int edges = 0;
        List<Integer> kids = new ArrayList<>();
        while (head < tail) {
            int u = order[head];
            edgeStart[head] = edges;
            kids.clear();
            for (int c = b.firstChild[u]; c != 0; c = b.nextSibling[c]) kids.add(c);
            kids.sort((x, y) -> Integer.compare(b.edge[x], b.edge[y]));
            for (int c : kids) {
                id[c] = tail;
                order[tail++] = c;
                edgeChar[edges] = (char) b.edge[c];
                edgeTarget[edges++] = id[c];
            }
            head++;
        }
        edgeStart[nodes] = edges;
        denseRow = new int[nodes];
        int rows = 0;
        for (int n = 1; n < nodes; n++) denseRow[n] = edgeStart[n + 1] - edgeStart[n] >= DENSE ? rows++ : -1;
        dense = new int[rows * 128];
        for (int n = 1; n < nodes; n++) {
            if (denseRow[n] < 0) continue;
            for (int e = edgeStart[n]; e < edgeStart[n + 1]; e++) {
                if (edgeChar[e] < 128) dense[denseRow[n] * 128 + edgeChar[e]] = edgeTarget[e];
            }
        }
        rootNext = new int[65536];
        for (int c = 0; c < 65536; c++) rootNext[c] = b.rootNext[c] == 0 ? 0 : id[b.rootNext[c]];
        rootSkip = new byte[128];
        for (char c = 0; c < 128; c++) {
            if (!ASCII_WORD[c] && rootNext[fold(c)] == 0) rootSkip[c] = fold(c) == ' ' ? SKIP_SPACE : SKIP;
        }
        fail = new int[nodes];
        out = new int[nodes];
        dict = new int[nodes];
        for (int old = 0; old < nodes; old++) {
            fail[id[old]] = id[b.fail[old]];
            out[id[old]] = b.out[old];
            dict[id[old]] = id[b.dict[old]];
        }
        firstOut = new int[nodes];
        for (int i = 0; i < nodes; i++) firstOut[i] = out[i] != NONE ? i : dict[i];
        patternLength = b.lengths.stream().mapToInt(Integer::intValue).toArray();
        ring = Integer.highestOneBit(Math.max(2, java.util.Arrays.stream(patternLength).max().orElse(1)) * 2);
        patternTerm = b.terms.stream().mapToInt(Integer::intValue).toArray();
        patternExact = b.exact.toArray(String[]::new);
        gate = b.gate;
        shortcuts = b.shortcuts;
    }

    /** Whether the matcher knows no pattern at all. */
    public boolean isEmpty() {
        return patternLength.length == 0;
    }

    /** The mentions in {@code text}, in order, not overlapping. */
    public List<Match> find(CharSequence text) {
        int n = text.length();
        if (n == 0 || isEmpty()) return List.of();
        char[] chars = new char[n];
        if (text instanceof StringBuilder sb) sb.getChars(0, n, chars, 0);
        else if (text instanceof String s) s.getChars(0, n, chars, 0);
        else for (int i = 0; i < n; i++) chars[i] = text.charAt(i);
        return find(chars, n, newScratch());
    }

    /** Room for {@link #find(char[], int, int[])} to work in, reusable by one thread for text after text. */
    int[] newScratch() {
        return new int[ring];
    }

    /**
     * The mentions in {@code text[0, n)}, in order, not overlapping.
     *
     * @param fed from {@link #newScratch()}: where the automaton notes the index in text of the characters fed to
     *            it lately (by {@code f & (ring - 1)}); only what this call writes is read
     */
    List<Match> find(char[] text, int n, int[] fed) {
        if (n == 0 || isEmpty()) return List.of();
        int mask = ring - 1;
        int f = 0;
        int node = 0;
        boolean space = false;
        boolean inWord = false;
        int[] cand = null;            // start, end, pattern triples
        int count = 0;
        for (int i = 0; i < n; i++) {
            char raw = text[i];
            if (node == 0 && raw < 128 && shortcuts) {
                // at the root, and ASCII: most characters of prose are decided here without the automaton
                if (ASCII_WORD[raw]) {
                    if (inWord || !gate.mayStart(text, i, n)) {
                        // inside a word no name is being matched in, or at a word no name begins like: every name
                        // starts at a word start, so the automaton would stay at (or fall back to) its root
                        while (i + 1 < n && text[i + 1] < 128 && ASCII_WORD[text[i + 1]]) i++;
                        inWord = true;
                        space = false;
                        continue;
                    }
                } else if (rootSkip[raw] != 0) {
                    // no name starts with this character: fed, it would leave the automaton at its root
                    inWord = false;
                    space = rootSkip[raw] == SKIP_SPACE;
                    continue;
                }
            }
            boolean word;
            if (raw < 128) {
                word = isAsciiWordChar(raw);
            } else {
                word = Character.isLowSurrogate(raw) && i > 0 && Character.isHighSurrogate(text[i - 1])
                        ? inWord : isWordChar(raw) || Character.isHighSurrogate(raw) && isWordChar(Character.codePointAt(text, i, n));
            }
            boolean wordStart = word && !inWord;
            inWord = word;
            if (node == 0 && word && !wordStart) {
                // inside a word that no name is being matched in: every name starts at a word start, so the
                // automaton would stay at its root; skip the character
                space = false;
                continue;
            }
            char c = fold(raw);
            if (c == ' ') {
                if (space) continue;
                space = true;
            } else {
                space = false;
            }
            if (wordStart) {
                fed[f++ & mask] = i;
                node = step(node, WORD_START);
            }
            fed[f++ & mask] = i;
            node = step(node, c);
            for (int m = firstOut[node]; m > 0; m = dict[m]) {
                int p = out[m];
                int first = f - patternLength[p];
                int start = fed[first & mask];
                if (!wholeWord(text, n, start, i + 1) || !asWritten(p, text, fed, first, mask)) continue;
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
        // a stable insertion sort of the candidates' numbers: a paragraph has a handful, and boxing them cost more
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            int k = i;
            while (k > 0 && before(cand, i, order[k - 1])) {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = i;
        }
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

    /** Whether candidate a goes strictly before b: it starts earlier, or at the same place and ends later. */
    private static boolean before(int[] cand, int a, int b) {
        return cand[a * 3] != cand[b * 3] ? cand[a * 3] < cand[b * 3] : cand[a * 3 + 1] > cand[b * 3 + 1];
    }

    private int step(int node, char c) {
        while (true) {
            int next = node == 0 ? rootNext[c] : child(node, c);
            if (next > 0 || node == 0) return next;
            node = fail[node];
        }
    }

    private int child(int node, char c) {
        if (c < 128 && denseRow[node] >= 0) return dense[denseRow[node] * 128 + c];
        int lo = edgeStart[node];
        int hi = edgeStart[node + 1] - 1;
        if (hi - lo < 8) {
            for (int i = lo; i <= hi; i++) {
                if (edgeChar[i] == c) return edgeTarget[i];
            }
            return 0;
        }
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = edgeChar[mid];
            if (m < c) lo = mid + 1;
            else if (m > c) hi = mid - 1;
            else return edgeTarget[mid];
        }
        return 0;
    }

    private boolean asWritten(int p, char[] text, int[] fed, int first, int mask) {
        String exact = patternExact[p];
        if (exact == null) return true;
        for (int k = 0; k < exact.length(); k++) {
            char e = exact.charAt(k);
            if (e != WORD_START && normalize(text[fed[(first + k) & mask]]) != e) return false;
        }
        return true;
    }

    static boolean wholeWord(char[] text, int n, int start, int end) {
        if (start > 0 && isWordChar(Character.codePointBefore(text, start))) return false;
        return end >= n || !isWordChar(Character.codePointAt(text, end, n));
    }

    private static boolean isWordChar(char c) {
        if (c < 128) return isAsciiWordChar(c);
        return !Character.isSurrogate(c) && isWordChar((int) c);
    }

    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean[] asciiWordChars() {
        boolean[] t = new boolean[128];
        for (char c = 0; c < 128; c++) t[c] = isAsciiWordChar(c);
        return t;
    }

    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp) || cp == '_') return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** White space and hyphens become one space, typographic apostrophes a plain one; case is kept. */
    static char normalize(char c) {
        if (c == ' ' || c == '-' || c < 0x20) return ' ';
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

    /**
     * A name as the automaton sees it: folded (or only normalized, when {@code keepCase}), spaces collapsed,
     * stripped, and {@link #WORD_START} before each word.
     */
    static String key(String name, boolean keepCase) {
        String s = name.strip();
        StringBuilder sb = new StringBuilder(s.length() + 8);
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char raw = s.charAt(i);
            boolean word = Character.isLowSurrogate(raw) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))
                    ? inWord : isWordChar(raw) || Character.isHighSurrogate(raw) && isWordChar(s.codePointAt(i));
            boolean start = word && !inWord;
            inWord = word;
            char c = keepCase ? normalize(raw) : fold(raw);
            if (c == ' ' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ')) continue;
            if (start) sb.append(WORD_START);
            sb.append(c);
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        return sb.substring(0, end);
    }
}
