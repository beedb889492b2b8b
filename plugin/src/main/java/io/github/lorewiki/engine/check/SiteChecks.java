package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Site;
import io.github.lorewiki.engine.parse.ParsedArticle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CHECK: the rules that need the whole linked site, run after LINK by both {@code check} and {@code build}:
 * empty pages, orphans, dead ends and unused glossary terms. Link, front matter and output problems are found by the stages
 * themselves. Reads the site and the parsed articles; changes neither.
 */
public final class SiteChecks {

    public void run(Site site, List<ParsedArticle> parsed, Diagnostics d) {
        Map<String, ParsedArticle> byUrl = new HashMap<>();
        for (ParsedArticle p : parsed) byUrl.putIfAbsent(OutputPaths.article(p.source().relPath()), p);
        Set<String> empty = new EmptyPageCheck().check(site.articles(), byUrl, d);
        new OrphanCheck().check(site, d);
        new DeadEndCheck().check(site, empty, d);
        new UnusedTermCheck().check(site, d);
    }
}
