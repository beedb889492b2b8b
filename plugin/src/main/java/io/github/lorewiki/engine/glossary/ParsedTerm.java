package io.github.lorewiki.engine.glossary;

import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.LinkRef;
import io.github.lorewiki.engine.parse.ParsedArticle;
import io.github.lorewiki.engine.source.SourceFile;

import java.util.List;

/**
 * PARSE result for one term, from a glossary file or an article's {@code defines:}: its structure checked,
 * its names not yet compared with the other terms' (that needs them all, in LINK).
 *
 * @param definition the definition as written, or {@link Definition#EMPTY}
 * @param source     the glossary file, or the defining article's file
 * @param article    the article whose {@code defines:} names the term, or null for a glossary file's term
 */
public record ParsedTerm(String name, SourcePos pos, List<Name> aliases, Definition definition, List<Name> see,
                         List<String> tags, SourceFile source, ParsedArticle article) {
    public ParsedTerm {
        aliases = List.copyOf(aliases);
        see = List.copyOf(see);
        tags = List.copyOf(tags);
    }

    /** A name as written, with where it was written. */
    public record Name(String text, SourcePos pos) {
    }

    /** Markdown (inline, wikilinks allowed) with its links collected. */
    public record Definition(String markdown, List<LinkRef> links, SourcePos pos) {
        public static final Definition EMPTY = new Definition("", List.of(), null);

        public Definition {
            links = List.copyOf(links);
        }

        public boolean isBlank() {
            return markdown.isBlank();
        }
    }
}
