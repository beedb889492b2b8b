package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.model.Article;
import io.github.lorewiki.engine.model.Category;
import io.github.lorewiki.engine.model.OutputPaths;
import io.github.lorewiki.engine.model.Site;

import java.util.TreeSet;

/** sitemap.xml for search engines; only written when the site's public base URL is known. No dates: output stays deterministic. */
final class Sitemap {
    private Sitemap() {
    }

    static String xml(Site site) {
        String base = site.baseUrl().replaceAll("/*$", "/");
        TreeSet<String> urls = new TreeSet<>();
        urls.add(OutputPaths.HOME);
        urls.add(OutputPaths.A_TO_Z);
        urls.add(OutputPaths.TAGS);
        if (!site.glossary().isEmpty()) urls.add(OutputPaths.GLOSSARY);
        for (Article a : site.articles()) urls.add(a.url());
        for (Category c : site.categories()) urls.add(c.url());
        for (String t : site.tags().keySet()) urls.add(OutputPaths.tag(t));
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String u : urls) {
            sb.append("  <url><loc>").append(escape(base + OutputPaths.relative("", u, ""))).append("</loc></url>\n");
        }
        return sb.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
