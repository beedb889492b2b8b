package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.diag.Severity;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every rule Lore reports, with its default severity. A stage that reports a new rule id adds it here;
 * a test fails for any rule id in the sources that is missing.
 */
public final class Rules {
    private static final Map<String, Rule> ALL = catalogue(
            fixed("config.glossary", "lore.glossary.link is not first, all or off."),
            fixed("config.output", "The output folder is not one Lore may replace."),
            fixed("config.rules", "lore.check.rules names an unknown rule or level."),
            fixed("config.source", "The source folder does not exist."),
            fixed("config.templates", "The template folder does not exist."),
            error("frontmatter.invalid", "Front matter is not valid YAML, or a key has the wrong type."),
            warning("link.ambiguous", "A wikilink names several pages."),
            warning("link.anchor", "A link's #anchor matches no heading of its page."),
            warning("link.draft", "A published page links to a draft."),
            warning("link.embed", "An embed names something that cannot be embedded: only comparisons can."),
            warning("link.file", "A Markdown link leads to a file that does not exist."),
            warning("link.image", "An image that does not exist."),
            warning("link.unresolved", "A wikilink names no page."),
            error("output.collision", "Two source files write the same output file, also when they differ only in case or Unicode form."),
            warning("page.dead-end", "A page links to no other page."),
            warning("page.duplicate-title", "Two pages share a title or alias."),
            warning("page.empty", "A page has no content."),
            error("page.encoding", "A file is not valid UTF-8."),
            warning("page.orphan", "No other page links to this page."),
            error("page.unreadable", "A file cannot be read."),
            error("page.unparsable", "The Markdown parser fails on a block of a file."),
            error("comparison.duplicate", "Two comparisons, or a comparison and a page, share a title."),
            error("comparison.fact", "A comparison row and its subjects' facts both give values, or neither does."),
            error("comparison.key", "A comparison has a key Lore does not know."),
            error("comparison.missing", "A comparison lacks a required key."),
            error("comparison.row", "A comparison row is repeated or has the wrong number of values."),
            error("comparison.subject", "A comparison subject is repeated, or there are fewer than two."),
            error("comparison.type", "A comparison value has the wrong type."),
            error("comparison.unreadable", "A comparison file cannot be read."),
            error("comparison.yaml", "A comparison file is not valid YAML."),
            error("glossary.defines", "An article's defines names a term that a glossary file also defines."),
            warning("glossary.definition", "A glossary term has no definition."),
            error("glossary.duplicate", "Two glossary terms or aliases share a name."),
            error("glossary.key", "A glossary entry has a key Lore does not know."),
            error("glossary.missing", "A glossary entry has no term."),
            warning("glossary.see", "A glossary entry's see names no term."),
            error("glossary.type", "A glossary value, or a glossary key of the front matter, has the wrong type."),
            error("glossary.unreadable", "A glossary file cannot be read."),
            warning("glossary.unused", "A glossary term is mentioned by no article."),
            error("glossary.yaml", "A glossary file is not valid YAML."),
            fixed("template.error", "A template failed while rendering a page."),
            fixed("template.missing", "A template is missing."),
            fixed("template.syntax", "A template has a syntax error."),
            fixed("template.unreadable", "A template cannot be read."));

    private Rules() {
    }

    /** All rules, sorted by id. */
    public static List<Rule> all() {
        return List.copyOf(ALL.values());
    }

    /** The rule with this id, or null. */
    public static Rule find(String id) {
        return ALL.get(id);
    }

    private static Map<String, Rule> catalogue(Rule... rules) {
        Map<String, Rule> map = new TreeMap<>();
        for (Rule r : rules) {
            if (map.put(r.id(), r) != null) throw new IllegalStateException("rule listed twice: " + r.id());
        }
        return Collections.unmodifiableMap(map);
    }

    private static Rule error(String id, String description) {
        return new Rule(id, Severity.ERROR, true, description);
    }

    private static Rule warning(String id, String description) {
        return new Rule(id, Severity.WARNING, true, description);
    }

    private static Rule fixed(String id, String description) {
        return new Rule(id, Severity.ERROR, false, description);
    }
}
