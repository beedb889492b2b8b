package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.model.Term;

/**
 * {@code glossary.unused}: a glossary term that no published article mentions, by its name or an alias, in
 * running text or with a link (the article that defines a term does not count). Usually a sign that the
 * term is spelled differently in the articles, and needs an alias.
 */
final class UnusedTermCheck {

    void check(Site site, Diagnostics d) {
        for (Term t : site.glossary().terms()) {
            if (!t.usages().isEmpty()) continue;
            d.warning("glossary.unused", t.pos(), "the glossary term '" + t.name() + "' is not mentioned in any article",
                    t.definedIn().isEmpty() ? "mention it where it matters, add the spelling the articles use as an alias, or remove it"
                            : "mention it in another article, or add the spelling the articles use as an alias");
        }
    }
}
