package io.github.lorewiki.engine.link;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.model.Heading;
import io.github.lorewiki.engine.model.LinkKind;
import io.github.lorewiki.engine.model.LinkRef;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.ResolvedLink;
import io.github.lorewiki.engine.model.Slug;
import io.github.lorewiki.engine.parse.ParsedArticle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Resolves each link an article writes, wikilink or Markdown link, to a page, a heading anchor or a
 * static file, and reports with its position every link that leads nowhere, with the name it probably meant.
 * A broken link still renders, marked; it is never dropped.
 */
public final class LinkResolver {
    private final NameIndex names;
    private final Set<String> assets;
    private final Predicate<ParsedArticle> published;
    private final Map<String, Target> comparisons;
    private final Map<String, ResolvedLink> terms;

    /** A page that is not an article but answers to a name in wikilinks: a comparison. */
    public record Target(String title, String url) {
    }

    /**
     * @param assets      source-relative paths of the static files
     * @param published   which articles are in the site (drafts are not, unless asked for)
     * @param comparisons comparison pages by {@link Slug#key} of their title
     */
    public LinkResolver(NameIndex names, Set<String> assets, Predicate<ParsedArticle> published, Map<String, Target> comparisons) {
        this(names, assets, published, comparisons, Map.of());
    }

    /** @param terms where {@code [[term:Name]]} leads, by {@link Slug#key} of each glossary term's names */
    public LinkResolver(NameIndex names, Set<String> assets, Predicate<ParsedArticle> published, Map<String, Target> comparisons,
                        Map<String, ResolvedLink> terms) {
        this.names = names;
        this.assets = assets;
        this.published = published;
        this.comparisons = comparisons;
        this.terms = terms;
    }

    public LinkResolver(NameIndex names, Set<String> assets, Predicate<ParsedArticle> published) {
        this(names, assets, published, Map.of());
    }

    public ResolvedLink resolve(ParsedArticle from, LinkRef ref, Diagnostics diagnostics) {
        return resolve(from.source().folder(), from, ref, diagnostics);
    }

    /**
     * @param fromFolder the folder relative links start from
     * @param self       the article the link is written in, or null for text outside articles (comparison cells)
     */
    public ResolvedLink resolve(String fromFolder, ParsedArticle self, LinkRef ref, Diagnostics diagnostics) {
        if (self == null && (ref.target().isEmpty())) {
            diagnostics.warning("link.anchor", ref.pos(), "a link to '#" + ref.anchor() + "' has no page to point into here",
                    "name the page, such as [[Page#" + ref.anchor() + "]]");
            return ResolvedLink.broken(ref.anchor(), "No page to point into");
        }
        return switch (ref.kind()) {
            case WIKI, EMBED -> wiki(self, ref, diagnostics);
            case MARKDOWN, IMAGE -> file(fromFolder, self, ref, diagnostics);
        };
    }

    private ResolvedLink wiki(ParsedArticle from, LinkRef ref, Diagnostics d) {
        String written = (ref.kind() == LinkKind.EMBED ? "![[" : "[[") + ref.target() + (ref.anchor().isEmpty() ? "" : "#" + ref.anchor()) + "]]";
        if (ref.target().isEmpty()) return anchored(from, from, ref, written, d);
        String term = io.github.lorewiki.engine.glossary.GlossaryAssembler.termName(ref.target());
        if (term != null) return term(term, ref, written, d);
        Target comparison = comparisons.get(Slug.key(ref.target()));
        if (comparison != null) return new ResolvedLink(comparison.url(), "", comparison.title(), "");
        List<ParsedArticle> found = names.find(ref.target());
        if (ref.kind() == LinkKind.EMBED && found.size() == 1) {
            // only for an embed of an article: one that names nothing is reported once, as unresolved or ambiguous
            d.warning("link.embed", ref.pos(), "nothing to embed for " + written + ": only comparisons can be embedded",
                    "link to it with [[" + ref.target() + "]] instead, or name a comparison's title");
        }
        if (found.isEmpty()) {
            java.util.Set<String> known = new java.util.TreeSet<>(names.names());
        comparisons.values().forEach(t -> known.add(t.title()));
        String guess = Suggestions.closest(ref.target(), known);
            d.warning("link.unresolved", ref.pos(), "unresolved link " + written,
                    guess == null ? "no page has this title, alias or file name" : "did you mean [[" + guess + "]]?");
            return ResolvedLink.broken(ref.target(), "No page named \u201c" + ref.target() + "\u201d");
        }
        if (found.size() > 1) {
            d.warning("link.ambiguous", ref.pos(), "ambiguous link " + written + ": " + found.size()
                    + " pages answer to it (" + String.join(", ", NameIndex.displayPaths(found)) + ")",
                    "link by path, such as [[" + found.get(0).source().relPath().replaceAll("\\.md$", "") + "]]");
            return ResolvedLink.broken(ref.target(), "Ambiguous: several pages are named \u201c" + ref.target() + "\u201d");
        }
        return toArticle(from, found.get(0), ref, written, d);
    }

    /** {@code [[term:Name]]}: the term's entry in the glossary, or the article that defines it. */
    private ResolvedLink term(String name, LinkRef ref, String written, Diagnostics d) {
        ResolvedLink found = terms.get(Slug.key(name));
        if (found != null) return found;
        java.util.Set<String> known = new java.util.TreeSet<>();
        terms.values().forEach(t -> known.add(t.targetTitle()));
        String guess = Suggestions.closest(name, known);
        d.warning("link.unresolved", ref.pos(), "unresolved link " + written + ": the glossary has no term '" + name + "'",
                guess == null ? "define it in the glossary, or link to a term it has" : "did you mean [[term:" + guess + "]]?");
        return ResolvedLink.broken(name, "No glossary term \u201c" + name + "\u201d");
    }

    private ResolvedLink toArticle(ParsedArticle from, ParsedArticle target, LinkRef ref, String written, Diagnostics d) {
        if (!published.test(target)) {
            d.warning("link.draft", ref.pos(), "link " + written + " leads to a draft, which is not published",
                    "publish '" + target.source().displayPath() + "' or remove the link");
            return ResolvedLink.broken(target.title(), "\u201c" + target.title() + "\u201d is a draft");
        }
        return anchored(from, target, ref, written, d);
    }

    private ResolvedLink anchored(ParsedArticle from, ParsedArticle target, LinkRef ref, String written, Diagnostics d) {
        String url = OutputPaths.article(target.source().relPath());
        if (ref.anchor().isEmpty()) return new ResolvedLink(url, "", target.title(), "");
        String wanted = ref.anchor();
        String slug = Slug.of(wanted);
        for (Heading h : target.headings()) {
            if (h.id().equals(wanted) || h.id().equals(slug) || h.text().equalsIgnoreCase(wanted)) {
                return new ResolvedLink(url, h.id(), target.title(), "");
            }
        }
        List<String> candidates = target.headings().stream().map(h -> ref.kind() == LinkKind.MARKDOWN ? h.id() : h.text()).toList();
        String guess = Suggestions.closest(wanted, candidates);
        d.warning("link.anchor", ref.pos(), "no heading '" + wanted + "' in '" + target.source().displayPath() + "' (" + written + ")",
                guess == null ? "link to one of its headings" : "did you mean '" + guess + "'?");
        return new ResolvedLink(url, slug, target.title(), "No heading \u201c" + wanted + "\u201d on that page");
    }

    private ResolvedLink file(String fromFolder, ParsedArticle from, LinkRef ref, Diagnostics d) {
        String written = ref.target() + (ref.anchor().isEmpty() ? "" : "#" + ref.anchor());
        if (ref.target().isEmpty()) return anchored(from, from, ref, "#" + ref.anchor(), d);
        String path = normalize(fromFolder, ref.target());
        if (path == null) {
            d.warning("link.file", ref.pos(), "link '" + written + "' leads outside the source folder", "link to a file inside it");
            return ResolvedLink.broken(ref.target(), "Outside the wiki");
        }
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (ref.kind() == LinkKind.MARKDOWN && (lower.endsWith(".md") || lower.isEmpty() || path.endsWith("/") || !lower.contains("."))) {
            ParsedArticle target = articleAt(path);
            if (target != null) return toArticle(from, target, ref, written, d);
        }
        if (assets.contains(path)) return new ResolvedLink(OutputPaths.asset(path), ref.anchor(), ref.target(), "");
        String rule = ref.kind() == LinkKind.IMAGE ? "link.image" : "link.file";
        String what = ref.kind() == LinkKind.IMAGE ? "image" : "link";
        d.warning(rule, ref.pos(), what + " '" + written + "' leads to a file that does not exist (" + (path.isEmpty() ? "." : path) + ")",
                hintFor(path));
        return ResolvedLink.broken(ref.target(), "Missing file " + ref.target());
    }

    private String hintFor(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String guess = Suggestions.closest(name, assets.stream().map(a -> a.substring(a.lastIndexOf('/') + 1)).toList());
        return guess == null ? "check the path, relative to this file" : "did you mean '" + guess + "'?";
    }

    private ParsedArticle articleAt(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        ParsedArticle a = names.bySourcePath(p);
        if (a == null && !p.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
            a = names.bySourcePath(p.isEmpty() ? "index.md" : p + "/index.md");
            if (a == null) a = names.bySourcePath(p + ".md");
        }
        return a;
    }

    /** Resolves a relative path against a folder; null when it climbs above the source folder. */
    static String normalize(String folder, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        if (!folder.isEmpty()) for (String p : folder.split("/")) parts.addLast(p);
        String[] segments = relative.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty() || s.equals(".")) {
                if (i == segments.length - 1 && s.isEmpty() && i > 0) parts.addLast("");
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }
}
