package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.model.Comparison;
import io.github.lorewiki.engine.model.Fragment;
import io.github.lorewiki.engine.model.Site;

/**
 * comparisons.json: every comparison as data for other tools, with each value as plain text and as HTML
 * (URLs relative to the site root, where this file lives).
 */
final class ComparisonJson {
    private static final String FROM = "comparisons.json";
    private final Snippets bodies;

    ComparisonJson(Snippets bodies) {
        this.bodies = bodies;
    }

    String write(Site site) {
        Json j = new Json();
        j.open('{').key("comparisons").open('[');
        for (Comparison c : site.comparisons()) {
            j.open('{');
            j.key("title").string(c.title());
            j.key("url").string(c.url());
            j.key("source").string(c.sourcePath());
            j.key("summary");
            text(j, c.summary());
            j.key("layout").string(c.transposed() ? "transposed" : "columns");
            j.key("tags").open('[');
            c.tags().forEach(j::string);
            j.close(']');
            j.key("subjects").open('[');
            for (Comparison.Subject s : c.subjects()) j.open('{').key("title").string(s.title()).key("url").string(s.articleUrl()).close('}');
            j.close(']');
            j.key("sections").open('[');
            for (Comparison.Section s : c.sections()) {
                j.open('{').key("heading").string(s.heading()).key("rows").open('[');
                for (Comparison.Row r : s.rows()) {
                    j.open('{').key("label").string(r.label()).key("fromFacts").bool(r.fromFacts()).key("values").open('[');
                    r.values().forEach(v -> text(j, v));
                    j.close(']').key("note");
                    text(j, r.note());
                    j.close('}');
                }
                j.close(']').close('}');
            }
            j.close(']');
            j.key("sources").open('[');
            c.sources().forEach(f -> text(j, f));
            j.close(']');
            j.close('}');
        }
        j.close(']').close('}');
        return j.toString() + "\n";
    }

    private void text(Json j, Fragment f) {
        j.open('{').key("text").string(bodies.plainText(f)).key("html").string(bodies.fragment(f, FROM)).close('}');
    }
}
