package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.model.ResolvedLink;
import io.github.lorewiki.engine.render.BodyRenderer;
import io.github.lorewiki.engine.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTreeTest {
    @Test
    void aTreeDroppedUnderMemoryPressureIsParsedAgainToTheSamePage() {
        String text = """
                ---
                title: Memory
                ---
                # Memory

                Kept in [[People]], [documents](docs.md#kinds) and routines.[^1]

                ## Where memory is kept

                | Store | Example |
                |---|---|
                | people | a veteran nurse |

                [^1]: Walsh and Ungson, 1991.
                """;
        ParsedArticle article = new ArticleParser().parse(new SourceFile(Path.of("memory.md"), "memory.md", "memory.md"), text, new Diagnostics());
        Map<Integer, ResolvedLink> links = new HashMap<>();
        article.links().forEach(l -> links.put(l.offset(), new ResolvedLink("people.html", "", "People", "")));
        BodyRenderer renderer = new BodyRenderer();
        String before = renderer.render(article, "memory.html", links);

        article.tree().forget();
        String after = renderer.render(article, "memory.html", links);

        assertThat(after).isEqualTo(before).contains("id=\"where-memory-is-kept\"").contains("href=\"people.html\"");
    }
}
