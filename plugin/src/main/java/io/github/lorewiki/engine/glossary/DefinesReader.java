package io.github.lorewiki.engine.glossary;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.glossary.ParsedTerm.Definition;
import io.github.lorewiki.engine.glossary.ParsedTerm.Name;
import io.github.lorewiki.engine.link.Suggestions;
import io.github.lorewiki.engine.model.FrontMatter;
import io.github.lorewiki.engine.parse.FragmentLinks;
import io.github.lorewiki.engine.parse.Markdown;
import io.github.lorewiki.engine.parse.ParsedArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the glossary keys of an article's front matter:
 * <pre>
 * defines: [Organizational memory]            # names only: the article's summary is the definition
 * defines:
 *   - term: Organizational memory
 *     definition: What an organization keeps.  # and aliases, see, tags as in a glossary file
 * glossary: false                             # no automatic term links on this page
 * </pre>
 */
public final class DefinesReader {
    static final String DEFINES = "defines";
    static final String OPT_OUT = "glossary";

    private DefinesReader() {
    }

    /** The terms the article defines; problems are reported at the front-matter value. */
    public static List<ParsedTerm> read(ParsedArticle a, Diagnostics d) {
        FrontMatter fm = a.frontMatter();
        Object value = fm.extra().get(DEFINES);
        if (value == null || "".equals(value)) return List.of();
        SourcePos at = fm.pos("/" + DEFINES, SourcePos.file(a.source().displayPath()));
        List<ParsedTerm> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                ParsedTerm t = entry(a, list.get(i), "/" + DEFINES + "/" + i, d);
                if (t != null) out.add(t);
            }
        } else if (value instanceof String || value instanceof Map<?, ?>) {
            ParsedTerm t = entry(a, value, "/" + DEFINES, d);
            if (t != null) out.add(t);
        } else {
            d.error("glossary.type", at, "'defines' must be a list of terms, such as [Organizational memory], found " + describe(value),
                    "list the terms this article defines");
        }
        return out;
    }

    /** False when the article turns automatic term links off with {@code glossary: false}. */
    public static boolean linksTerms(ParsedArticle a, Diagnostics d) {
        Object value = a.frontMatter().extra().get(OPT_OUT);
        if (value == null || Boolean.TRUE.equals(value)) return true;
        if (Boolean.FALSE.equals(value)) return false;
        d.error("glossary.type", a.frontMatter().pos("/" + OPT_OUT, SourcePos.file(a.source().displayPath())),
                "'glossary' must be true or false, found " + describe(value), "write 'glossary: false' to turn automatic term links off on this page");
        return true;
    }

    private static ParsedTerm entry(ParsedArticle a, Object item, String path, Diagnostics d) {
        FrontMatter fm = a.frontMatter();
        SourcePos at = fm.pos(path, SourcePos.file(a.source().displayPath()));
        if (item instanceof String s) {
            if (s.isBlank()) return null;
            return new ParsedTerm(s.strip(), at, List.of(), Definition.EMPTY, List.of(), List.of(), a.source(), a);
        }
        if (!(item instanceof Map<?, ?> map)) {
            d.error("glossary.type", at, "a 'defines' item must be a term name or a mapping with 'term' and 'definition', found "
                    + describe(item), "write the term's name, or 'term: ...' and 'definition: ...'");
            return null;
        }
        for (Object key : map.keySet()) {
            if (GlossaryParser.KEYS.contains(String.valueOf(key))) continue;
            String guess = Suggestions.closest(String.valueOf(key), GlossaryParser.KEYS);
            d.error("glossary.key", fm.pos(path + "/" + key, at), "'" + key + "' is not a known key of a 'defines' item; expected one of "
                    + String.join(", ", GlossaryParser.KEYS), guess == null ? "" : "did you mean '" + guess + "'?");
        }
        Object term = map.get("term");
        if (!(term instanceof String name) || name.isBlank()) {
            boolean missing = term == null || term instanceof String;
            d.error(missing ? "glossary.missing" : "glossary.type", fm.pos(path + "/term", at),
                    missing ? "a 'defines' item has no 'term'" : "'term' must be a name, found " + describe(term), "name the term");
            return null;
        }
        Definition definition = Definition.EMPTY;
        Object def = map.get("definition");
        if (def instanceof String || def instanceof Number) {
            String md = String.valueOf(def).strip();
            SourcePos defAt = fm.pos(path + "/definition", at);
            if (!md.isEmpty()) definition = new Definition(md, FragmentLinks.collect(Markdown.parseSnippet(md, defAt, d), defAt), defAt);
        } else if (def != null && !"".equals(def)) {
            d.error("glossary.type", fm.pos(path + "/definition", at), "'definition' must be text, found " + describe(def),
                    "put the text in quotes; unquoted, a ': ' inside it starts a mapping");
        }
        return new ParsedTerm(name.strip(), fm.pos(path + "/term", at), names(fm, map, "aliases", path, at, d), definition,
                names(fm, map, "see", path, at, d), names(fm, map, "tags", path, at, d).stream().map(Name::text).toList(), a.source(), a);
    }

    private static List<Name> names(FrontMatter fm, Map<?, ?> map, String key, String path, SourcePos at, Diagnostics d) {
        Object v = map.get(key);
        String p = path + "/" + key;
        if (v == null || "".equals(v)) return List.of();
        if (v instanceof String s) return List.of(new Name(s.strip(), fm.pos(p, at)));
        if (!(v instanceof List<?> list)) {
            d.error("glossary.type", fm.pos(p, at), "'" + key + "' must be a list of names, such as [A, B], found " + describe(v),
                    "change the value of '" + key + "'");
            return List.of();
        }
        List<Name> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (item instanceof String s && !s.isBlank()) out.add(new Name(s.strip(), fm.pos(p + "/" + i, at)));
            else if (!(item instanceof String)) d.error("glossary.type", fm.pos(p + "/" + i, at), "'" + key + " item' must be a name, found "
                    + describe(item), "change the value of '" + key + "'");
        }
        return out;
    }

    private static String describe(Object v) {
        if (v instanceof Map<?, ?>) return "a mapping";
        if (v instanceof List<?>) return "a list";
        if (v instanceof Boolean) return "true/false";
        if (v instanceof Number) return "a number";
        return "text";
    }
}
