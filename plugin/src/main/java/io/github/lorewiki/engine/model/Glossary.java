package io.github.lorewiki.engine.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LINK result for the glossary: every term, and for each article the term links its body gets.
 *
 * @param terms    sorted by name, case ignored
 * @param byId     the same terms by {@link Term#id()}
 * @param mentions article URL → the term links to render in its body, by offset in the body; only articles with some
 */
public record Glossary(List<Term> terms, Map<String, Term> byId, Map<String, List<Mention>> mentions) {
    public static final Glossary EMPTY = new Glossary(List.of(), Map.of(), Map.of());

    public Glossary {
        terms = List.copyOf(terms);
        // looked up for every term link of every page: hashed, not probed (Map.copyOf divides to find a key)
        byId = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(byId));
        mentions = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(mentions));
    }

    public static Glossary of(List<Term> terms, Map<String, List<Mention>> mentions) {
        Map<String, Term> byId = new LinkedHashMap<>();
        for (Term t : terms) byId.put(t.id(), t);
        return new Glossary(terms, byId, mentions);
    }

    /**
     * A term link in an article body: the characters {@code [start, end)} of the body that mention the term, or,
     * when {@code explicit}, the {@code [[term:...]]} wikilink starting at {@code start} (its end is not used).
     *
     * @param term the term's number in {@link #terms()}: pages look their terms up by it, for every link
     */
    public record Mention(int start, int end, int term, boolean explicit) {
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public Term term(String id) {
        return byId.get(id);
    }

    /** The term numbered {@code index} in {@link #terms()}. */
    public Term term(int index) {
        return terms.get(index);
    }

    /** The term links of one article, sorted by offset; empty for none. */
    public List<Mention> mentions(String articleUrl) {
        return mentions.getOrDefault(articleUrl, List.of());
    }
}
