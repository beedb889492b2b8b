package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.model.FrontMatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FrontMatterParserTest extends FrontMatterParsing {
    // ---------------------------------------------------------------- known keys

    @Test
    void readsEveryKnownKey() {
        FrontMatter fm = frontMatter("""
                ---
                title: Organizational memory
                summary: How groups remember.
                aliases: [Org memory, Institutional memory]
                tags:
                  - knowledge
                  - teams
                draft: true
                order: 3
                ---
                Body
                """);
        assertThat(fm.title()).isEqualTo("Organizational memory");
        assertThat(fm.summary()).isEqualTo("How groups remember.");
        assertThat(fm.aliases()).containsExactly("Org memory", "Institutional memory");
        assertThat(fm.tags()).containsExactly("knowledge", "teams");
        assertThat(fm.draft()).isTrue();
        assertThat(fm.order()).isEqualTo(3);
        assertThat(fm.extra()).isEmpty();
        assertThat(problems()).isEmpty();
    }

    @Test
    void missingKeysGiveDefaults() {
        FrontMatter fm = frontMatter("---\nauthor: Ann\n---\n");
        assertThat(fm.title()).isNull();
        assertThat(fm.summary()).isNull();
        assertThat(fm.aliases()).isEmpty();
        assertThat(fm.tags()).isEmpty();
        assertThat(fm.draft()).isFalse();
        assertThat(fm.order()).isNull();
        assertThat(problems()).isEmpty();
    }

    @Test
    void singleStringForTagsOrAliasesBecomesOneItemList() {
        FrontMatter fm = frontMatter("---\ntags: knowledge\naliases: '  Org memory '\n---\n");
        assertThat(fm.tags()).containsExactly("knowledge");
        assertThat(fm.aliases()).containsExactly("Org memory");
        assertThat(problems()).isEmpty();
    }

    @Test
    void blankValuesAreTreatedAsAbsent() {
        FrontMatter fm = frontMatter("---\ntitle: '   '\nsummary:\ntags:\naliases: ['', ' x ', '  ']\ndraft:\norder:\n---\n");
        assertThat(fm.title()).isNull();
        assertThat(fm.summary()).isNull();
        assertThat(fm.tags()).isEmpty();
        assertThat(fm.aliases()).containsExactly("x");
        assertThat(fm.draft()).isFalse();
        assertThat(fm.order()).isNull();
        assertThat(problems()).isEmpty();
    }

    @Test
    void titleIsStripped() {
        assertThat(frontMatter("---\ntitle: '  Spaced out  '\n---\n").title()).isEqualTo("Spaced out");
    }

    @Test
    void draftAcceptsTrueAndFalse() {
        assertThat(frontMatter("---\ndraft: false\n---\n").draft()).isFalse();
        assertThat(frontMatter("---\ndraft: true\n---\n").draft()).isTrue();
        assertThat(problems()).isEmpty();
    }

    @Test
    void unknownKeysAreKeptInExtraWithNestedMapsAndLists() {
        FrontMatter fm = frontMatter("""
                ---
                title: T
                author: Ann
                year: 2024
                rating: 4.5
                featured: false
                nothing:
                meta:
                  source: book
                  pages: [1, 2]
                  inner: {deep: [a, {b: c}]}
                links:
                  - one
                  - {name: two, url: x}
                ---
                """);
        assertThat(problems()).isEmpty();
        Map<String, Object> extra = fm.extra();
        assertThat(extra).containsOnlyKeys("author", "year", "rating", "featured", "nothing", "meta", "links");
        assertThat(extra.keySet()).containsExactly("author", "year", "rating", "featured", "nothing", "meta", "links");
        assertThat(extra).containsEntry("author", "Ann")
                .containsEntry("year", 2024L)
                .containsEntry("rating", 4.5)
                .containsEntry("featured", false)
                .containsEntry("nothing", "");
        assertThat(extra.get("meta")).isEqualTo(Map.of(
                "source", "book",
                "pages", List.of(1L, 2L),
                "inner", Map.of("deep", List.of("a", Map.of("b", "c")))));
        assertThat(extra.get("links")).isEqualTo(List.of("one", Map.of("name", "two", "url", "x")));
    }

    @Test
    void extraCannotBeModifiedByTemplates() {
        FrontMatter fm = frontMatter("---\nmeta: {a: [1]}\n---\n");
        assertThatCode(() -> fm.extra().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) fm.extra().get("meta");
        assertThatCode(() -> meta.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) meta.get("a");
        assertThatCode(() -> list.add(2)).isInstanceOf(UnsupportedOperationException.class);
    }

    // ---------------------------------------------------------------- wrong types

    /** Front matter starts at line 2 of the file, so the first key is on line 2. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "order: soon        | 2:8  | 'order' must be a whole number, found text",
            "order: 1.5         | 2:8  | 'order' must be a whole number, found a number",
            "order: 99999999999 | 2:8  | 'order' must be a whole number, found a number",
            "order: [1]         | 2:8  | 'order' must be a whole number, found a list",
            "draft: maybe       | 2:8  | 'draft' must be true or false, found text",
            "draft: 1           | 2:8  | 'draft' must be true or false, found a number",
            "title: [a, b]      | 2:8  | 'title' must be text, found a list",
            "summary:   {a: b}  | 2:12 | 'summary' must be text, found a mapping",
            "aliases: {a: 1}    | 2:10 | 'aliases' must be a list of text, such as [a, b], found a mapping",
            "tags: [a, [b], c]  | 2:11 | 'tags item' must be text, found a list",
    })
    void wrongTypeIsReportedAtTheValue(String line, String at, String message) {
        FrontMatter fm = frontMatter("---\n" + line + "\n---\nBody\n");
        List<Diagnostic> all = diagnostics.sorted();
        assertThat(all).hasSize(1);
        Diagnostic d = all.get(0);
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.rule()).isEqualTo("frontmatter.invalid");
        assertThat(d.pos().path()).isEqualTo(PATH);
        assertThat(d.pos().line() + ":" + d.pos().column()).isEqualTo(at);
        assertThat(d.message()).isEqualTo(message);
        assertThat(fm.order()).isNull();
        assertThat(fm.draft()).isFalse();
    }

    @Test
    void numberForTagsIsReportedAtTheValue() {
        FrontMatter fm = frontMatter("---\ntitle: T\ntags: 3\n---\n");
        assertThat(problems()).containsExactly(
                "src/page.md:3:7: error: 'tags' must be a list of text, such as [a, b], found a number; change the value of 'tags' [frontmatter.invalid]");
        assertThat(fm.tags()).isEmpty();
    }

    @Test
    void wrongTypesAreAllReportedEachAtItsOwnLineAndColumn() {
        FrontMatter fm = frontMatter("""
                ---
                title: Fine

                order:
                    soon
                draft: maybe
                tags:
                  - ok
                  - [nested]
                ---
                Body
                """);
        assertThat(problems()).containsExactly(
                "src/page.md:5:5: error: 'order' must be a whole number, found text; change the value of 'order' [frontmatter.invalid]",
                "src/page.md:6:8: error: 'draft' must be true or false, found text; change the value of 'draft' [frontmatter.invalid]",
                "src/page.md:9:5: error: 'tags item' must be text, found a list; change the value of 'tags item' [frontmatter.invalid]");
        assertThat(fm.title()).as("the valid keys are still read").isEqualTo("Fine");
        assertThat(fm.tags()).containsExactly("ok");
    }

    @Test
    void frontMatterThatIsNotAMappingIsReported() {
        FrontMatter fm = frontMatter("---\n- a\n- b\n---\n");
        assertThat(fm).isEqualTo(FrontMatter.EMPTY);
        assertThat(problems()).containsExactly(
                "src/page.md:2:1: error: front matter must be a mapping of keys to values, found a list; write it as 'key: value' lines [frontmatter.invalid]");
    }

    @Test
    void keyWrittenTwiceIsReported() {
        FrontMatter fm = frontMatter("---\ntitle: First\ntitle: Second\n---\n");
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("frontmatter.invalid");
            assertThat(d.pos().line()).isEqualTo(3);
            assertThat(d.pos().column()).isEqualTo(1);
            assertThat(d.message()).contains("title");
        });
        assertThat(fm.title()).isNotNull();
    }

    // ---------------------------------------------------------------- syntax

    @Test
    void invalidYamlSyntaxReportsItsPosition() {
        FrontMatter fm = frontMatter("---\ntitle: ok\nsummary: a: b\n---\nBody\n");
        assertThat(fm).isEqualTo(FrontMatter.EMPTY);
        assertThat(problems()).containsExactly(
                "src/page.md:3:11: error: invalid YAML: mapping values are not allowed here; fix the YAML syntax at this place [frontmatter.invalid]");
    }

    @Test
    void badIndentationReportsItsPosition() {
        frontMatter("---\ntitle: ok\n  bad: indent\n---\n");
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("frontmatter.invalid");
            assertThat(d.pos().line()).isEqualTo(3);
            assertThat(d.pos().column()).isEqualTo(6);
        });
    }

    @Test
    void unclosedQuoteIsReportedInsideTheFrontMatter() {
        frontMatter("---\ntitle: \"Hello\ntags: [a\n---\nBody\n");
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("frontmatter.invalid");
            assertThat(d.message()).startsWith("invalid YAML");
            assertThat(d.pos().line()).isBetween(2, 4);
        });
    }

    @Test
    void unclosedFrontMatterIsReportedAtTheFirstLine() {
        String text = "---\ntitle: x\nno closing line\n";
        FrontMatterParser.Split split = parse(text);
        assertThat(split.frontMatter()).isEqualTo(FrontMatter.EMPTY);
        assertThat(split.bodyOffset()).isZero();
        assertThat(problems()).containsExactly(
                "src/page.md:1:1: error: front matter is not closed; add a line with '---' after the last front matter key [frontmatter.invalid]");
    }

    // ---------------------------------------------------------------- splitting

    @Test
    void noFrontMatterMeansTheBodyStartsAtOffsetZero() {
        FrontMatterParser.Split split = parse("# Title\n\n---\ntitle: not front matter\n---\n");
        assertThat(split.bodyOffset()).isZero();
        assertThat(split.frontMatter()).isEqualTo(FrontMatter.EMPTY);
        assertThat(problems()).isEmpty();
    }

    @Test
    void emptyFileHasNoFrontMatter() {
        FrontMatterParser.Split split = parse("");
        assertThat(split.bodyOffset()).isZero();
        assertThat(split.frontMatter()).isEqualTo(FrontMatter.EMPTY);
    }

    @Test
    void dashesFollowedByTextAreNotFrontMatter() {
        assertThat(parse("----\ntitle: x\n----\n").bodyOffset()).isZero();
        assertThat(parse("--- title: x\n---\n").bodyOffset()).isZero();
        assertThat(problems()).isEmpty();
    }

    @Test
    void bodyStartsRightAfterTheClosingLine() {
        String text = "---\ntitle: T\n---\nFirst body line\n";
        assertThat(body(text)).isEqualTo("First body line\n");
    }

    @Test
    void closingLineMayBeDotsAndMayHaveTrailingSpaces() {
        assertThat(body("---\ntitle: T\n...\nBody\n")).isEqualTo("Body\n");
        assertThat(body("---\ntitle: T\n---   \nBody\n")).isEqualTo("Body\n");
    }

    @Test
    void closingLineAtEndOfFileLeavesAnEmptyBody() {
        String text = "---\ntitle: T\n---";
        FrontMatterParser.Split split = parse(text);
        assertThat(split.frontMatter().title()).isEqualTo("T");
        assertThat(split.bodyOffset()).isEqualTo(text.length());
    }

    @Test
    void emptyFrontMatterIsAccepted() {
        FrontMatterParser.Split split = parse("---\n---\nBody\n");
        assertThat(split.frontMatter()).isEqualTo(FrontMatter.EMPTY);
        assertThat(split.bodyOffset()).isEqualTo(8);
        assertThat(problems()).isEmpty();
    }

    @Test
    void byteOrderMarkBeforeFrontMatterIsSkipped() {
        String text = "\uFEFF---\ntitle: With BOM\norder: soon\n---\nBody\n";
        FrontMatterParser.Split split = parse(text);
        assertThat(split.frontMatter().title()).isEqualTo("With BOM");
        assertThat(text.substring(split.bodyOffset())).isEqualTo("Body\n");
        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.pos().toString()).isEqualTo("src/page.md:3:8"));
    }

    @Test
    void byteOrderMarkWithoutFrontMatterIsNotPartOfTheBody() {
        FrontMatterParser.Split split = parse("\uFEFF# Title\n");
        assertThat(split.bodyOffset()).isEqualTo(1);
        assertThat(split.frontMatter()).isEqualTo(FrontMatter.EMPTY);
    }

    @Test
    void windowsLineEndingsAreUnderstood() {
        String text = "---\r\ntitle: Windows\r\ntags: [a, b]\r\norder: soon\r\n---\r\nBody\r\n";
        FrontMatterParser.Split split = parse(text);
        assertThat(split.frontMatter().title()).isEqualTo("Windows");
        assertThat(split.frontMatter().tags()).containsExactly("a", "b");
        assertThat(text.substring(split.bodyOffset())).isEqualTo("Body\r\n");
        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.pos().toString()).isEqualTo("src/page.md:4:8"));
    }
}
