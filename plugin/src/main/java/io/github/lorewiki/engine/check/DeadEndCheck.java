package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.Article;
import io.github.lorewiki.engine.model.ResolvedLink;
import io.github.lorewiki.engine.model.Site;

import java.util.Map;
import java.util.Set;

/**
 * {@code page.dead-end}: a published article with no working link to another page, so a reader can only
 * go back. Links to files, to its own headings and broken links do not count (a broken link is reported by
 * its own rule). Folder index pages list their articles and are exempt; so are empty pages, reported as
 * {@code page.empty}.
 */
final class DeadEndCheck {

    void check(Site site, Set<String> emptyPages, Diagnostics d) {
        for (Article a : site.articles()) {
            if (a.folderIndex() || emptyPages.contains(a.url()) || linksOut(a, site.links().getOrDefault(a.url(), Map.of()))) continue;
            d.warning("page.dead-end", SourcePos.file(a.displayPath()), "'" + a.title() + "' links to no other page",
                    "link to related pages, so that readers can go on");
        }
    }

    private static boolean linksOut(Article a, Map<Integer, ResolvedLink> links) {
        for (ResolvedLink l : links.values()) {
            if (!l.isBroken() && l.targetUrl().endsWith(".html") && !l.targetUrl().equals(a.url())) return true;
        }
        return false;
    }
}
