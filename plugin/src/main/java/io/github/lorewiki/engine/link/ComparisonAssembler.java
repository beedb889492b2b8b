package io.github.lorewiki.engine.link;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.Comparison;
import io.github.lorewiki.engine.model.Fragment;
import io.github.lorewiki.engine.model.LinkRef;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.ResolvedLink;
import io.github.lorewiki.engine.model.Slug;
import io.github.lorewiki.engine.parse.FragmentLinks;
import io.github.lorewiki.engine.parse.Markdown;
import io.github.lorewiki.engine.parse.ParsedArticle;
import io.github.lorewiki.engine.parse.ParsedComparison;
import io.github.lorewiki.engine.parse.ParsedComparison.Name;
import io.github.lorewiki.engine.parse.ParsedComparison.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * LINK stage for comparisons: checks each definition against the wiki (subjects resolve to published
 * articles, titles are unique, facts are given once) and resolves the links in its cells.
 */
final class ComparisonAssembler {
    private final NameIndex names;
    private final LinkResolver resolver;
    private final Predicate<ParsedArticle> published;

    ComparisonAssembler(NameIndex names, LinkResolver resolver, Predicate<ParsedArticle> published) {
        this.names = names;
        this.resolver = resolver;
        this.published = published;
    }

    /** The URL each comparison's page gets, by its title's link key; clashing titles are reported. */
    static Map<String, LinkResolver.Target> targets(List<ParsedComparison> parsed, NameIndex names, Diagnostics d) {
        Map<String, LinkResolver.Target> targets = new LinkedHashMap<>();
        Map<String, ParsedComparison> first = new HashMap<>();
        for (ParsedComparison c : parsed) {
            String key = Slug.key(c.title());
            ParsedComparison earlier = first.putIfAbsent(key, c);
            if (earlier != null) {
                d.error("comparison.duplicate", c.titlePos(), "the comparison title '" + c.title() + "' is also used by "
                        + earlier.source().displayPath() + ":" + earlier.titlePos().line(), "give each comparison its own title");
                continue;
            }
            List<ParsedArticle> clash = names.find(c.title());
            if (!clash.isEmpty() && clash.stream().anyMatch(a -> isTitleOrAlias(a, key))) {
                d.error("comparison.duplicate", c.titlePos(), "the comparison title '" + c.title() + "' is also the title or alias of "
                        + clash.get(0).source().displayPath(), "rename the comparison or the article, so [[" + c.title() + "]] means one page");
            }
            targets.put(key, new LinkResolver.Target(c.title(), url(c)));
        }
        return targets;
    }

    private static boolean isTitleOrAlias(ParsedArticle a, String key) {
        if (Slug.key(a.title()).equals(key)) return true;
        return a.frontMatter().aliases().stream().anyMatch(al -> Slug.key(al).equals(key));
    }

    static String url(ParsedComparison c) {
        String rel = c.source().relPath();
        return OutputPaths.folder(OutputPaths.folderOf(rel)) + Slug.of(c.source().baseName()) + ".html";
    }

    List<Comparison> assemble(List<ParsedComparison> parsed, Map<String, LinkResolver.Target> targets, Diagnostics d) {
        List<Comparison> out = new ArrayList<>();
        for (ParsedComparison c : parsed) {
            LinkResolver.Target t = targets.get(Slug.key(c.title()));
            if (t == null || !t.url().equals(url(c))) continue; // a duplicate, already reported
            assemble(c, d).ifPresent(out::add);
        }
        out.sort(java.util.Comparator.comparing(Comparison::url));
        return out;
    }

    private Optional<Comparison> assemble(ParsedComparison c, Diagnostics d) {
        String folder = c.source().folder();
        List<ParsedArticle> subjects = new ArrayList<>();
        boolean ok = c.subjects().size() >= 2;
        Map<ParsedArticle, Name> named = new java.util.IdentityHashMap<>();
        for (Name n : c.subjects()) {
            ParsedArticle a = subject(n, d);
            Name first = a == null ? null : named.putIfAbsent(a, n);
            if (first != null) {
                // two names (title and alias, or title and path) for one article: the parser only sees different words
                d.error("comparison.subject", n.pos(), "subject '" + n.text() + "' names the same article as '" + first.text() + "' ("
                        + a.source().displayPath() + ")", "list each article once");
                a = null;
            }
            if (a == null) ok = false;
            else subjects.add(a);
        }
        List<Comparison.Section> sections = new ArrayList<>();
        for (ParsedComparison.Section s : c.sections()) {
            List<Comparison.Row> rows = new ArrayList<>();
            for (ParsedComparison.Row r : s.rows()) {
                Comparison.Row row = ok ? row(c, r, subjects, folder, d) : null;
                if (row != null) rows.add(row);
            }
            sections.add(new Comparison.Section(s.heading(), rows));
        }
        if (!ok) return Optional.empty();
        List<Comparison.Subject> subjectViews = subjects.stream()
                .map(a -> new Comparison.Subject(a.title(), OutputPaths.article(a.source().relPath()))).toList();
        List<Fragment> sources = c.sources().stream().map(t -> fragment(t, folder, d)).toList();
        return Optional.of(new Comparison(c.source().relPath(), c.source().displayPath(), url(c), c.title(), subjectViews,
                fragment(c.summary(), folder, d), sections, c.tags(), sources, c.transposed()));
    }

    private ParsedArticle subject(Name n, Diagnostics d) {
        List<ParsedArticle> found = names.find(n.text());
        if (found.isEmpty()) {
            String guess = Suggestions.closest(n.text(), names.names());
            d.error("comparison.subject", n.pos(), "subject '" + n.text() + "' is not an article of this wiki",
                    guess == null ? "name an article by its title, alias or path" : "did you mean '" + guess + "'?");
            return null;
        }
        if (found.size() > 1) {
            d.error("comparison.subject", n.pos(), "subject '" + n.text() + "' is ambiguous: " + String.join(", ", NameIndex.displayPaths(found)),
                    "name it by path, such as '" + found.get(0).source().relPath() + "'");
            return null;
        }
        ParsedArticle a = found.get(0);
        if (!published.test(a)) {
            d.error("comparison.subject", n.pos(), "subject '" + n.text() + "' is a draft, which is not published",
                    "publish " + a.source().displayPath() + " or remove it from the comparison");
            return null;
        }
        return a;
    }

    private Comparison.Row row(ParsedComparison c, ParsedComparison.Row r, List<ParsedArticle> subjects, String folder, Diagnostics d) {
        List<String> withFact = new ArrayList<>();
        List<Fragment> factValues = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (ParsedArticle a : subjects) {
            String fact = fact(a, r.label());
            if (fact == null) {
                without.add(a.title());
                factValues.add(null);
            } else {
                withFact.add(a.title());
                factValues.add(factFragment(a, fact, d));
            }
        }
        Fragment note = fragment(r.note(), folder, d);
        if (r.values() != null) {
            if (!withFact.isEmpty()) {
                d.error("comparison.fact", r.pos(), "row '" + r.label() + "' gives values here, but " + String.join(", ", withFact)
                        + " also declare" + (withFact.size() == 1 ? "s" : "") + " it under 'facts'", "write each fact once: keep only the label here, or remove it from 'facts'");
                return null;
            }
            return new Comparison.Row(r.label(), r.values().stream().map(t -> fragment(t, folder, d)).toList(), note, false);
        }
        if (!without.isEmpty()) {
            d.error("comparison.fact", r.pos(), "row '" + r.label() + "' has no value for " + String.join(", ", without),
                    "add 'facts: {" + r.label() + ": ...}' to the front matter of " + (without.size() == 1 ? "that article" : "those articles")
                            + ", or give the values here as a list");
            return null;
        }
        return new Comparison.Row(r.label(), factValues, note, true);
    }

    /** A subject's fact for a label, matched without case; null when it has none. */
    private static String fact(ParsedArticle a, String label) {
        if (!(a.frontMatter().extra().get("facts") instanceof Map<?, ?> facts)) return null;
        for (Map.Entry<?, ?> e : facts.entrySet()) {
            if (String.valueOf(e.getKey()).strip().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))) {
                return String.valueOf(e.getValue());
            }
        }
        return null;
    }

    private Fragment factFragment(ParsedArticle a, String markdown, Diagnostics d) {
        SourcePos at = SourcePos.file(a.source().displayPath());
        List<LinkRef> refs = FragmentLinks.collect(Markdown.parseSnippet(markdown, at, d), at);
        return resolve(markdown, refs, a.source().folder(), a, d);
    }

    private Fragment fragment(Text t, String folder, Diagnostics d) {
        if (t == null || t.markdown().isEmpty()) return Fragment.EMPTY;
        return resolve(t.markdown(), t.links(), folder, null, d);
    }

    private Fragment resolve(String markdown, List<LinkRef> refs, String folder, ParsedArticle self, Diagnostics d) {
        Map<Integer, ResolvedLink> links = new HashMap<>();
        for (LinkRef ref : refs) links.put(ref.offset(), resolver.resolve(folder, self, ref, d));
        return new Fragment(markdown, links);
    }
}
