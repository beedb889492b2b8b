package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.model.Article;
import io.github.lorewiki.engine.model.Glossary;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.model.Term;
import io.github.lorewiki.engine.render.PageViews.CountedLink;
import io.github.lorewiki.engine.render.PageViews.GlossaryEntry;
import io.github.lorewiki.engine.render.PageViews.GlossaryGroup;
import io.github.lorewiki.engine.render.PageViews.GlossaryPage;
import io.github.lorewiki.engine.render.PageViews.LinkView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds the glossary page (terms A–Z, with their aliases as pointers) and glossary.json. */
final class GlossaryViews {
    private static final String URL = OutputPaths.GLOSSARY;
    private static final LinkView NONE = new LinkView("", "");
    private final Site site;
    private final Glossary glossary;
    private final BodyRenderer bodies;
    /** Each definition as HTML, rendered once: glossary.html and glossary.json are in the same folder (built on any thread). */
    private final Map<String, String> definitions = new java.util.concurrent.ConcurrentHashMap<>();

    GlossaryViews(Site site, BodyRenderer bodies) {
        this.site = site;
        this.glossary = site.glossary();
        this.bodies = bodies;
    }

    private String definitionHtml(Term t) {
        return definitions.computeIfAbsent(t.id(), id -> isPlain(t.definition().markdown())
                ? HtmlText.escape(t.definition().markdown().strip())
                : bodies.fragment(t.definition(), URL));
    }

    /** One line without anything Markdown could read as markup: its HTML is the text, escaped. */
    static boolean isPlain(String markdown) {
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c < 0x20 || "\\`*_[]<>&!#|~:=+-@".indexOf(c) >= 0) return false;
            if (c >= '0' && c <= '9' && i == 0) return false; // "1. " starts a list
        }
        return !markdown.isBlank() && !markdown.toLowerCase(Locale.ROOT).contains("www.");
    }

    GlossaryPage page() {
        List<GlossaryEntry> entries = new ArrayList<>();
        for (Term t : glossary.terms()) {
            entries.add(entry(t));
            LinkView target = new LinkView(t.name(), "#" + t.id());
            for (String alias : t.aliases()) {
                entries.add(new GlossaryEntry(alias, "", target, "", List.of(), List.of(), NONE, List.of(), 0, List.of(),
                        alias.toLowerCase(Locale.ROOT) + "\n" + t.name().toLowerCase(Locale.ROOT)));
            }
        }
        entries.sort(Comparator.comparing((GlossaryEntry e) -> e.term().toLowerCase(Locale.ROOT)).thenComparing(GlossaryEntry::term));
        Map<String, List<GlossaryEntry>> byLetter = new TreeMap<>();
        for (GlossaryEntry e : entries) byLetter.computeIfAbsent(ViewFactory.letterOf(e.term()), k -> new ArrayList<>()).add(e);
        List<GlossaryGroup> groups = new ArrayList<>();
        byLetter.forEach((letter, list) -> groups.add(new GlossaryGroup(letter, letterId(letter), list)));
        List<CountedLink> letters = new ArrayList<>();
        for (char ch = 'A'; ch <= 'Z'; ch++) {
            String l = String.valueOf(ch);
            letters.add(new CountedLink(l, "#" + letterId(l), byLetter.getOrDefault(l, List.of()).size()));
        }
        byLetter.forEach((l, list) -> {
            if (l.length() != 1 || l.charAt(0) < 'A' || l.charAt(0) > 'Z') letters.add(new CountedLink(l, "#" + letterId(l), list.size()));
        });
        List<LinkView> crumbs = List.of(new LinkView("Home", ViewFactory.href(URL, OutputPaths.HOME)));
        return new GlossaryPage("Glossary", URL, crumbs, letters, groups, glossary.terms().size(),
                ViewFactory.href(URL, OutputPaths.GLOSSARY_JSON));
    }

    private GlossaryEntry entry(Term t) {
        List<LinkView> see = new ArrayList<>();
        for (String id : t.see()) {
            Term other = glossary.term(id);
            if (other != null) see.add(new LinkView(other.name(), "#" + other.id()));
        }
        LinkView definedIn = NONE;
        if (!t.definedIn().isEmpty()) {
            Article a = site.article(t.definedIn());
            definedIn = new LinkView(a == null ? t.definedIn() : a.title(), ViewFactory.href(URL, t.definedIn()));
        }
        List<LinkView> usedIn = new ArrayList<>();
        for (String u : t.usages()) {
            if (usedIn.size() == GlossaryPage.USED_IN_SHOWN) break;
            Article a = site.article(u);
            if (a != null) usedIn.add(new LinkView(a.title(), ViewFactory.href(URL, u)));
        }
        StringBuilder filter = new StringBuilder(t.name().toLowerCase(Locale.ROOT));
        for (String alias : t.aliases()) filter.append('\n').append(alias.toLowerCase(Locale.ROOT));
        return new GlossaryEntry(t.name(), t.id(), NONE, definitionHtml(t), t.aliases(), see, definedIn,
                usedIn, t.usages().size() - usedIn.size(), t.tags(), filter.toString());
    }

    private static String letterId(String letter) {
        return letter.equals("#") ? "letter-other" : "letter-" + letter.toLowerCase(Locale.ROOT);
    }

    /** glossary.json: every term with its aliases, definition (text and HTML), related terms and every usage. */
    String json() {
        String from = OutputPaths.GLOSSARY_JSON;
        // each article is listed under every term it uses: its entry is written once and repeated
        Map<String, String> pages = new java.util.HashMap<>();
        Json j = new Json();
        j.open('{').key("terms").open('[');
        for (Term t : glossary.terms()) {
            j.open('{');
            j.key("term").string(t.name());
            j.key("id").string(t.id());
            j.key("url").string(OutputPaths.relative(from, t.url(), t.anchor()));
            j.key("glossaryUrl").string(OutputPaths.relative(from, URL, t.id()));
            j.key("aliases").open('[');
            t.aliases().forEach(j::string);
            j.close(']');
            j.key("definition").open('{').key("text").string(t.plainDefinition()).key("html").string(definitionHtml(t)).close('}');
            j.key("see").open('[');
            for (String id : t.see()) {
                Term other = glossary.term(id);
                if (other != null) j.string(other.name());
            }
            j.close(']');
            j.key("tags").open('[');
            t.tags().forEach(j::string);
            j.close(']');
            j.key("definedIn");
            if (t.definedIn().isEmpty()) j.string(null);
            else j.raw(pages.computeIfAbsent(t.definedIn(), this::page));
            j.key("usages").open('[');
            for (String u : t.usages()) j.raw(pages.computeIfAbsent(u, this::page));
            j.close(']');
            j.close('}');
        }
        j.close(']').close('}');
        return j + "\n";
    }

    /** A page as glossary.json lists it: its title and URL. */
    private String page(String url) {
        Article a = site.article(url);
        return new Json().open('{').key("title").string(a == null ? url : a.title()).key("url").string(url).close('}').toString();
    }
}
