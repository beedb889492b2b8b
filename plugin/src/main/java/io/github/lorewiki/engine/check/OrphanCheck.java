package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.Article;
import io.github.lorewiki.engine.model.Site;

/**
 * {@code page.orphan}: a published article that no other page links to. Only links a writer wrote count,
 * wikilinks and Markdown links from any other published article, a folder's {@code index.md} included.
 * The listings Lore generates for every article (category pages, the sidebar, A–Z, tags) do not: with them
 * no page could ever be an orphan. Folder index pages, the home page among them, are exempt: the navigation
 * leads to them.
 */
final class OrphanCheck {

    void check(Site site, Diagnostics d) {
        for (Article a : site.articles()) {
            if (a.folderIndex() || !site.backlinks().getOrDefault(a.url(), java.util.List.of()).isEmpty()) continue;
            d.warning("page.orphan", SourcePos.file(a.displayPath()), "no other page links to '" + a.title() + "'",
                    "link to it from a related page or from its folder's index.md");
        }
    }
}
