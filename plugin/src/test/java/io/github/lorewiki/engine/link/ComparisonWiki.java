package io.github.lorewiki.engine.link;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.Fixture;
import io.github.lorewiki.engine.diag.Diagnostic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the comparison LINK-stage tests share: a small fruit wiki, a build of it, and readable accessors. */
abstract class ComparisonWiki {
    /** Two subjects with facts, and a page to link to from cells. */
    static final String FRUIT = """
            -- index.md --
            # Orchard
            [[Apple]], [[Pear]], [[Cheese]].
            -- fruit/apple.md --
            ---
            title: Apple
            aliases: [Malus]
            facts:
              Colour: red or green
              Season: autumn
            ---
            An apple, unlike a [[Pear]].
            -- fruit/pear.md --
            ---
            title: Pear
            facts:
              colour: green
            ---
            A pear, unlike an [[Apple]].
            -- fruit/cheese.md --
            # Cheese
            With [[Apple]].
            """;
    static final String CMP = "src/comparisons/apple-vs-pear.yml";

    @TempDir
    Path dir;

    BuildResult build(String spec) {
        return Fixture.build(dir, spec);
    }

    static List<String> rule(BuildResult r, String prefix) {
        return r.diagnostics().stream().filter(d -> d.rule().startsWith(prefix)).map(Diagnostic::format).toList();
    }

    /** What the LINK stage reports, without the site checks (orphans, dead ends) that small fixtures trip. */
    static List<String> linkStage(BuildResult r) {
        return r.diagnostics().stream().filter(d -> !d.rule().startsWith("page.")).map(Diagnostic::format).toList();
    }

    Document page(String url) {
        return Jsoup.parse(Fixture.read(dir.resolve("out").resolve(url)));
    }

    void assertStopped(BuildResult r) {
        assertThat(r.written()).as("an error stops the build").isFalse();
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
