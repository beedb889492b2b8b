package io.github.lorewiki.engine.model;

import io.github.lorewiki.engine.diag.SourcePos;

import java.util.List;

/**
 * A glossary term, as pages and the glossary see it after LINK.
 *
 * @param id              its anchor on the glossary page, {@code term-<slug>}: part of public URLs, so stable
 * @param aliases         other names that mean it (synonyms, abbreviations), also linked in text
 * @param definition      Markdown with its links resolved
 * @param plainDefinition the definition as a reader sees it, without markup: the tooltip of every term link
 * @param see             ids of related terms ("see also"), in the order written
 * @param definedIn       URL of the article that defines the term with {@code defines:}, or "" for a glossary file's term
 * @param pos             where the term is defined
 * @param usages          URLs of the articles that mention it (other than its own article), sorted by title
 */
public record Term(String name, String id, List<String> aliases, Fragment definition, String plainDefinition,
                   List<String> see, List<String> tags, String definedIn, SourcePos pos, List<String> usages) {
    public Term {
        aliases = List.copyOf(aliases);
        see = List.copyOf(see);
        tags = List.copyOf(tags);
        usages = List.copyOf(usages);
    }

    /** The page a mention of the term leads to: its defining article, else the glossary. */
    public String url() {
        return definedIn.isEmpty() ? OutputPaths.GLOSSARY : definedIn;
    }

    /** The anchor on {@link #url()}: the term's entry on the glossary page, none on its article. */
    public String anchor() {
        return definedIn.isEmpty() ? id : "";
    }
}
