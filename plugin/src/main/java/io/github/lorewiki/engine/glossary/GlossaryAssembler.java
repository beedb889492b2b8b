package io.github.lorewiki.engine.glossary;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.glossary.ParsedTerm.Definition;
import io.github.lorewiki.engine.glossary.ParsedTerm.Name;
import io.github.lorewiki.engine.link.Suggestions;
import io.github.lorewiki.engine.model.Article;
import io.github.lorewiki.engine.model.Fragment;
import io.github.lorewiki.engine.model.Glossary;
import io.github.lorewiki.engine.model.Glossary.Mention;
import io.github.lorewiki.engine.model.LinkKind;
import io.github.lorewiki.engine.model.LinkRef;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.ResolvedLink;
import io.github.lorewiki.engine.model.Slug;
import io.github.lorewiki.engine.model.Term;
import io.github.lorewiki.engine.parse.FragmentLinks;
import io.github.lorewiki.engine.parse.Markdown;
import io.github.lorewiki.engine.parse.ParsedArticle;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * LINK stage for the glossary. Constructed before article links are resolved: it gathers the terms of the
 * glossary files and of the articles' {@code defines:}, reports names defined twice, and gives every term
 * its id, so that {@code [[term:Name]]} links resolve. Then {@link #assemble} resolves definitions and "see
 * also", finds every mention of every term in every article (one pass over each article's prose for all
 * terms), and decides which mentions become links.
 */
public final class GlossaryAssembler {
    /** The prefix of a wikilink to a term: {@code [[term:Organizational memory]]}. */
    public static final String TERM_PREFIX = "term:";

    /** Resolves the links of a definition, written in {@code folder} (and in the article {@code self}, or null). */
    @FunctionalInterface
    public interface Resolver {
        Fragment resolve(String markdown, List<LinkRef> links, String folder, ParsedArticle self);
    }

    private final TermLinkMode mode;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<String, List<Entry>> byArticle = new HashMap<>();

    /** A term that survived validation; {@code aliases} are those not taken by another term. */
    private static final class Entry {
        final ParsedTerm parsed;
        final List<String> aliases = new ArrayList<>();
        final String definedIn;
        String id;
        int index;

        Entry(ParsedTerm parsed) {
            this.parsed = parsed;
            this.definedIn = parsed.article() == null ? "" : OutputPaths.article(parsed.article().source().relPath());
        }

        List<String> names() {
            List<String> names = new ArrayList<>(aliases.size() + 1);
            names.add(parsed.name());
            names.addAll(aliases);
            return names;
        }
    }

    /** A name a term answers to, where it was written. */
    private record Claim(Entry entry, String name, SourcePos pos, boolean alias) {
    }

    /**
     * @param fileTerms the terms of the glossary files, in file order
     * @param published the published articles, whose {@code defines:} are read here
     */
    public GlossaryAssembler(List<ParsedTerm> fileTerms, List<ParsedArticle> published, TermLinkMode mode, Diagnostics d) {
        this.mode = mode;
        List<ParsedTerm> all = new ArrayList<>(fileTerms);
        for (ParsedArticle a : published) all.addAll(DefinesReader.read(a, d));
        Map<String, Claim> claims = new HashMap<>();
        for (ParsedTerm t : all) {
            Claim taken = claims.get(Slug.key(t.name()));
            if (taken != null) {
                clash(t, t.name(), t.pos(), false, taken, d);
                continue;
            }
            Entry e = new Entry(t);
            entries.add(e);
            claims.put(Slug.key(t.name()), new Claim(e, t.name(), t.pos(), false));
            for (Name alias : t.aliases()) {
                Claim other = claims.get(Slug.key(alias.text()));
                if (other == null) {
                    claims.put(Slug.key(alias.text()), new Claim(e, alias.text(), alias.pos(), true));
                    e.aliases.add(alias.text());
                } else if (other.entry() != e) {
                    clash(t, alias.text(), alias.pos(), true, other, d);
                }
            }
        }
        claims.forEach((k, c) -> byKey.put(k, c.entry()));
        assignIds();
        for (Entry e : entries) {
            if (!e.definedIn.isEmpty()) byArticle.computeIfAbsent(e.definedIn, k -> new ArrayList<>()).add(e);
        }
    }

    private static void clash(ParsedTerm t, String name, SourcePos pos, boolean alias, Claim taken, Diagnostics d) {
        String what = (alias ? "the alias '" : "the term '") + name + "'";
        String earlier = taken.alias() ? "an alias of '" + taken.entry().parsed.name() + "'" : "a term";
        boolean definesAgainstFile = t.article() != null && taken.entry().parsed.article() == null;
        if (definesAgainstFile) {
            d.error("glossary.defines", pos, what + " in 'defines' is already " + earlier + " of the glossary at " + taken.pos(),
                    "define it in one place: remove it from the glossary file, or from 'defines'");
        } else {
            d.error("glossary.duplicate", pos, what + " is already " + earlier + " defined at " + taken.pos(),
                    alias ? "remove this alias; a name can mean only one term" : "define each term once; give its other names as 'aliases'");
        }
    }

    /** {@code term-<slug>}, in name order; a slug two names share gets -2, -3 in that order. */
    private void assignIds() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> e.parsed.name().toLowerCase(Locale.ROOT)).thenComparing(e -> e.parsed.name())
                .thenComparing(e -> e.parsed.source().relPath()));
        Set<String> used = new HashSet<>();
        for (Entry e : sorted) {
            String base = "term-" + Slug.of(e.parsed.name());
            String id = base;
            for (int i = 2; !used.add(id); i++) id = base + "-" + i;
            e.id = id;
        }
        entries.clear();
        entries.addAll(sorted);
        for (int i = 0; i < entries.size(); i++) entries.get(i).index = i;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Where {@code [[term:Name]]} leads, by the {@link Slug#key} of every term name and alias. */
    public Map<String, ResolvedLink> targets() {
        Map<String, ResolvedLink> out = new HashMap<>();
        byKey.forEach((k, e) -> out.put(k, new ResolvedLink(e.definedIn.isEmpty() ? OutputPaths.GLOSSARY : e.definedIn,
                e.definedIn.isEmpty() ? e.id : "", e.parsed.name(), "")));
        return out;
    }

    /** The name of the term a wikilink target names, or null when it is not a term link. */
    public static String termName(String target) {
        return target.regionMatches(true, 0, TERM_PREFIX, 0, TERM_PREFIX.length()) ? target.substring(TERM_PREFIX.length()).strip() : null;
    }

    /**
     * @param links  resolved links of each published article, by its URL
     * @param byUrl  published articles by URL, for sorting usages by title
     */
    public Glossary assemble(Resolver resolver, List<ParsedArticle> published, Map<String, Map<Integer, ResolvedLink>> links,
                             Map<String, Article> byUrl, Diagnostics d) {
        if (entries.isEmpty()) return Glossary.EMPTY;
        List<Fragment> definitions = new ArrayList<>();
        for (Entry e : entries) definitions.add(definition(e, resolver, d));
        List<List<String>> see = new ArrayList<>();
        for (Entry e : entries) see.add(see(e, d));

        TermMatcher matcher = TermMatcher.of(entries.stream().map(Entry::names).toList());
        List<Page> pages = published.parallelStream()
                .map(p -> page(p, matcher, links.getOrDefault(OutputPaths.article(p.source().relPath()), Map.of()), DefinesReader.linksTerms(p, d)))
                .toList();

        Map<String, List<Mention>> mentions = new HashMap<>();
        List<List<String>> usages = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) usages.add(new ArrayList<>());
        // pages in title order, so that each term's usages come out sorted by title
        List<Page> byTitle = pages.stream().filter(p -> byUrl.containsKey(p.url()))
                .sorted(Comparator.comparing((Page p) -> byUrl.get(p.url()), Article.BY_TITLE)).toList();
        for (Page page : byTitle) {
            if (!page.mentions().isEmpty()) mentions.put(page.url(), page.mentions());
            for (int i = page.used().nextSetBit(0); i >= 0; i = page.used().nextSetBit(i + 1)) usages.get(i).add(page.url());
        }
        List<Term> terms = new ArrayList<>();
        for (Entry e : entries) {
            Fragment def = definitions.get(e.index);
            terms.add(new Term(e.parsed.name(), e.id, e.aliases, def, plainText(def.markdown()), see.get(e.index), e.parsed.tags(),
                    e.definedIn, e.parsed.pos(), usages.get(e.index)));
        }
        return Glossary.of(terms, mentions);
    }

    private Fragment definition(Entry e, Resolver resolver, Diagnostics d) {
        ParsedTerm t = e.parsed;
        Definition def = t.definition();
        ParsedArticle article = t.article();
        if (def.isBlank() && article != null && article.frontMatter().summary() != null) {
            String summary = article.frontMatter().summary();
            SourcePos at = article.frontMatter().pos("/summary", t.pos());
            def = new Definition(summary, FragmentLinks.collect(Markdown.parseSnippet(summary, at, d), at), at);
        }
        if (def.isBlank()) {
            d.warning("glossary.definition", t.pos(), "the term '" + t.name() + "' has no definition",
                    article == null ? "add 'definition: ...' to its entry"
                            : "give it a 'definition' in 'defines', or give the article a 'summary'");
            return Fragment.EMPTY;
        }
        return resolver.resolve(def.markdown(), def.links(), t.source().folder(), article);
    }

    private List<String> see(Entry e, Diagnostics d) {
        Set<String> ids = new LinkedHashSet<>();
        for (Name n : e.parsed.see()) {
            Entry other = byKey.get(Slug.key(n.text()));
            if (other == null) {
                Set<String> known = new TreeSet<>();
                for (Entry x : entries) known.addAll(x.names());
                String guess = Suggestions.closest(n.text(), known);
                d.warning("glossary.see", n.pos(), "'see' names '" + n.text() + "', which is not a term of the glossary",
                        guess == null ? "name a term or one of its aliases" : "did you mean '" + guess + "'?");
            } else if (other != e) {
                ids.add(other.id);
            }
        }
        return List.copyOf(ids);
    }

    /** One article's term links and the terms it uses. */
    private record Page(String url, List<Mention> mentions, BitSet used) {
    }

    private Page page(ParsedArticle p, TermMatcher matcher, Map<Integer, ResolvedLink> links, boolean linksTerms) {
        String url = OutputPaths.article(p.source().relPath());
        BitSet used = new BitSet();
        Map<Integer, Integer> linkedAt = new HashMap<>(); // where the writer first linked a term: 'first' needs no link after that
        List<Mention> mentions = new ArrayList<>();
        for (LinkRef ref : p.links()) {
            ResolvedLink r = links.get(ref.offset());
            if (r == null || r.isBroken()) continue;
            String term = ref.kind() == LinkKind.WIKI || ref.kind() == LinkKind.EMBED ? termName(ref.target()) : null;
            if (term != null) {
                Entry e = byKey.get(Slug.key(term));
                if (e == null) continue;
                mentions.add(new Mention(ref.offset(), ref.offset(), e.index, true));
                linkedAt.merge(e.index, ref.offset(), Math::min);
                if (!e.definedIn.equals(url)) used.set(e.index);
            } else {
                for (Entry e : byArticle.getOrDefault(r.targetUrl(), List.of())) {
                    if (e.definedIn.equals(url)) continue;
                    linkedAt.merge(e.index, ref.offset(), Math::min);
                    used.set(e.index);
                }
            }
        }
        boolean auto = linksTerms && mode != TermLinkMode.OFF;
        BitSet done = new BitSet();
        for (TermMatcher.Match m : MentionFinder.find(p.document(), matcher)) {
            Entry e = entries.get(m.term());
            if (e.definedIn.equals(url)) continue; // never in the term's own article
            used.set(e.index);
            if (!auto || mode == TermLinkMode.FIRST && (done.get(e.index) || m.start() > linkedAt.getOrDefault(e.index, Integer.MAX_VALUE))) continue;
            done.set(e.index);
            mentions.add(new Mention(m.start(), m.end(), e.index, false));
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Page(url, List.copyOf(mentions), used);
    }

    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("[\\\\`*_\\[\\]<>&!#|~]|^\\s*([-+>]|\\d+[.)])\\s");

    /** A definition as readers see it without markup: the text of a tooltip. */
    static String plainText(String markdown) {
        if (markdown.isBlank()) return "";
        if (markdown.indexOf('\n') < 0 && !MARKUP.matcher(markdown).find()) return markdown.strip().replaceAll("\\s+", " "); // one line of plain text
        StringBuilder sb = new StringBuilder();
        PlainText.collect(Markdown.parseReported(markdown), sb);
        return sb.toString().strip().replaceAll("\\s+", " ");
    }
}
