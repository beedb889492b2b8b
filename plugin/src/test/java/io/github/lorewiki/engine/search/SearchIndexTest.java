package io.github.lorewiki.engine.search;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {
    private static final String WIKI = """
            -- index.md --
            # Team wiki
            Start here.
            -- concepts/organizational-memory.md --
            ---
            title: Organizational memory
            aliases: [Corporate memory]
            summary: Where an organization keeps what it learned.
            tags: [memory, construct]
            ---
            Memory lives in people and in [[Records|records]].

            ## Where memory is kept
            In files, tables and habits:

            | Store | Example |
            |---|---|
            | People | veterans |

            ```java
            secretCode();
            ```

            ## Forgetting
            Turnover <b>erases</b> it; `git log` does not.
            -- concepts/records.md --
            # Records
            Paper and files.
            -- comparisons/memory-vs-records.yml --
            title: Memory vs records
            subjects: [Organizational memory, Records]
            summary: People forget; files stay.
            criteria:
              Lasts: [a career, decades]
            """;

    @TempDir
    Path dir;

    private static JsonNode script(String js, String variable) {
        assertThat(js).contains("window." + variable + "=");
        int start = js.indexOf('=', js.indexOf("window." + variable)) + 1;
        return new ObjectMapper().readTree(js.substring(start, js.lastIndexOf(';')));
    }

    @Test
    void everyArticleAndComparisonIsIndexedWithTitleAliasesTagsHeadingsAndText() {
        BuildResult result = Fixture.build(dir, WIKI);
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        JsonNode data = script(Fixture.read(dir.resolve("out/search/index.js")), "LoreSearchData");
        JsonNode text = script(Fixture.read(dir.resolve("out/search/text.js")), "LoreSearchText");

        assertThat(data.get("format").asInt()).isEqualTo(SearchIndex.FORMAT);
        assertThat(data.get("text").asString()).isEqualTo("search/text.js");
        List<String> urls = new ArrayList<>();
        data.get("pages").forEach(p -> urls.add(p.get(0).asString()));
        assertThat(urls).containsExactly("comparisons/memory-vs-records.html", "concepts/organizational-memory.html",
                "concepts/records.html", "index.html");
        assertThat(text.size()).isEqualTo(urls.size());

        JsonNode memory = data.get("pages").get(1);
        assertThat(memory.toString()).isEqualTo("[\"concepts/organizational-memory.html\",\"Organizational memory\",\"article\","
                + "[\"Corporate memory\"],[\"memory\",\"construct\"],\"Where an organization keeps what it learned.\","
                + "[[\"Where memory is kept\",\"where-memory-is-kept\"],[\"Forgetting\",\"forgetting\"]]]");
        // one text per section: before the first heading, then one per heading; no code blocks, no HTML tags
        assertThat(text.get(1).toString()).isEqualTo("[\"Memory lives in people and in records.\","
                + "\"In files, tables and habits: Store Example People veterans\","
                + "\"Turnover erases it; git log does not.\"]");

        JsonNode comparison = data.get("pages").get(0);
        assertThat(comparison.get(1).asString()).isEqualTo("Memory vs records");
        assertThat(comparison.get(2).asString()).isEqualTo("comparison");
        assertThat(comparison.get(5).asString()).isEqualTo("People forget; files stay.");
        assertThat(text.get(0).get(0).asString()).isEqualTo("Compares Organizational memory, Records. Lasts: a career; decades;");

        JsonNode home = data.get("pages").get(3);
        assertThat(home.get(1).asString()).isEqualTo("Team wiki");
        assertThat(text.get(3).toString()).isEqualTo("[\"Start here.\"]"); // the title heading is not a section
    }

    @Test
    void glossaryTermsAreFoundByNameAndAliasAndLeadToTheirEntry() {
        Path src = dir.resolve("src");
        Fixture.write(src, WIKI);
        Fixture.write(src, """
                -- glossary.yml --
                - term: Records
                  aliases: [Files]
                  definition: What an organization writes down so that it outlasts the people.
                """);
        BuildResult result = new io.github.lorewiki.engine.LoreEngine().build(
                new io.github.lorewiki.engine.BuildRequest(src, dir.resolve("out"), null, dir, "T", "", false, 1));
        assertThat(result.written()).as("%s", result.diagnostics()).isTrue();
        JsonNode data = script(Fixture.read(dir.resolve("out/search/index.js")), "LoreSearchData");
        List<String> terms = new ArrayList<>();
        data.get("pages").forEach(p -> {
            if (p.get(2).asString().equals("term")) terms.add(p.toString());
        });
        assertThat(terms).containsExactly("[\"glossary.html#term-records\",\"Records\",\"term\",[\"Files\"],[],"
                + "\"What an organization writes down so that it outlasts the people.\",[]]");
    }

    @Test
    void theOutputIsTheSameOnEveryBuild() {
        Fixture.build(dir.resolve("a"), WIKI);
        Fixture.build(dir.resolve("b"), WIKI);
        for (String f : List.of("search/index.js", "search/text.js")) {
            assertThat(Fixture.read(dir.resolve("a/out/" + f))).isEqualTo(Fixture.read(dir.resolve("b/out/" + f)));
        }
    }

    @Test
    void textIsSafeInsideAScriptElement() {
        BuildResult result = Fixture.build(dir, """
                -- a.md --
                # A
                Do not close the script: &lt;/script&gt; and a "quote" and a back\\\\slash.
                """);
        assertThat(result.written()).isTrue();
        String js = Fixture.read(dir.resolve("out/search/text.js"));
        assertThat(js).doesNotContain("</script").contains("\\u003c/script>").contains("\\\"quote\\\"");
        assertThat(script(js, "LoreSearchText").get(0).get(0).asString()).contains("</script> and a \"quote\"");
    }

    @Test
    void theLunrLibraryAndItsLicenseAreWrittenFromTheWebJar() {
        Fixture.build(dir, WIKI);
        assertThat(Fixture.read(dir.resolve("out/theme/vendor/lunr/lunr.min.js"))).contains("2.3.9");
        assertThat(Fixture.read(dir.resolve("out/theme/vendor/lunr/LICENSE"))).contains("Oliver Nightingale");
        assertThat(Fixture.read(dir.resolve("out/theme/search.js"))).contains("LoreSearchData");
    }

    @Test
    void everyPageHasTheSearchBoxThatLeadsToTheAtoZIndexWithoutJavaScript() {
        Fixture.build(dir, WIKI);
        String page = Fixture.read(dir.resolve("out/concepts/records.html"));
        assertThat(page).contains("<form class=\"site-search\" role=\"search\" action=\"../a-z.html\" data-root=\"../\">")
                .contains("<input id=\"site-search-input\" type=\"search\" name=\"q\"")
                .contains("<script src=\"../theme/search.js\" defer></script>");
    }

    @Test
    void aSourceFileCannotTakeTheSearchFilesPlace() {
        BuildResult result = Fixture.build(dir, """
                -- a.md --
                # A
                -- search/index.js --
                alert(1);
                """);
        assertThat(result.written()).isFalse();
        assertThat(result.diagnostics()).extracting(d -> d.format())
                .anyMatch(m -> m.contains("search/index.js") && m.contains("a page Lore generates") && m.contains("[output.collision]"));
    }

    @Test
    void sectionsShareTheWordBudgetShortOnesKeepingAllTheyHave() {
        assertThat(SearchIndex.share(new int[]{5, 100, 100}, 105)).containsExactly(5, 50, 50);
        assertThat(SearchIndex.share(new int[]{5, 100, 30}, 1000)).containsExactly(5, 100, 30);
        assertThat(SearchIndex.share(new int[]{0, 7, 7, 7}, 10)).containsExactly(0, 3, 3, 4);
        assertThat(SearchIndex.share(new int[]{}, 10)).isEmpty();
    }

    @Test
    void aLargeWikiKeepsTheFirstWordsOfEachSection() {
        SearchEntry e = new SearchEntry("a.html", "A", "article", List.of(), List.of(), "",
                List.of(new SearchEntry.Section("", "", "one two three four five six"),
                        new SearchEntry.Section("H", "h", "seven eight")));
        SearchEntry cut = SearchIndex.trimmed(e, 5);
        assertThat(cut.sections()).extracting(SearchEntry.Section::text).containsExactly("one two three", "seven eight");
        assertThat(cut.sections().get(1).anchor()).isEqualTo("h");
    }
}
