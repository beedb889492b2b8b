package io.github.lorewiki.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LoreEngineTest {
    @TempDir
    Path dir;

    @Test
    void unresolvedLinkIsReportedWithLineAndColumnAndSuggestion() {
        BuildResult result = Fixture.build(dir, """
                -- concepts/memory.md --
                ---
                title: Organizational memory
                ---
                Text first.

                Then a broken [[Organisational memry]] link.
                -- other.md --
                # Other
                """);
        assertThat(result.written()).isTrue();
        assertThat(result.diagnostics()).filteredOn(d -> d.rule().startsWith("link.")).extracting(d -> d.format()).containsExactly(
                "src/concepts/memory.md:6:15: warning: unresolved link [[Organisational memry]]; did you mean [[Organizational memory]]? [link.unresolved]");
        assertThat(Fixture.read(dir.resolve("out/concepts/memory.html")))
                .contains("<a class=\"wikilink broken-link\" title=\"No page named “Organisational memry”\"");
    }
}
