package io.github.lorewiki.engine.glossary;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.Fixture;
import io.github.lorewiki.engine.LoreEngine;
import io.github.lorewiki.engine.check.RuleConfig;
import io.github.lorewiki.engine.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every glossary rule, reported with the place it applies to (and the other place, for clashes). */
class GlossaryValidationTest {
    @TempDir
    Path dir;

    /** An article that mentions the usual terms, so that they are not reported unused. */
    private static final String READER = """
            -- reader.md --
            # Reader
            Memory, organizational memory, grafting and knowledge acquisition, explained.
            """;

    private BuildResult check(String spec) {
        Path src = Fixture.write(dir.resolve("src"), READER + spec);
        // orphans and dead ends of these small fixtures are beside the point
        return new LoreEngine(RuleConfig.parse("page.orphan=off, page.dead-end=off"), null)
                .check(new BuildRequest(src, dir.resolve("out"), null, dir, "Test wiki", "", false, 2));
    }

    private static List<String> lines(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aDefinitionTheMarkdownParserFailsOnIsAnErrorAtTheDefinitionNotACrash() {
        // flexmark 0.64.8 throws on this table (tab-indented lines); Java escapes, so the YAML holds \t and \n escapes
        String spec = READER + """
                -- glossary.yml --
                - term: Memory
                  definition: "|\\n\\t---  |\\n|\\n\\ta[^1]   \\t|\\n"
                """;
        BuildResult r = check(spec.substring(READER.length()));
        assertThat(lines(r)).anySatisfy(l -> assertThat(l).startsWith("src/glossary.yml:2:15: error: the Markdown parser fails on this text")
                .endsWith("[page.unparsable]"));
        // lowered to a warning, the build goes on and renders the glossary without the definition
        Path src = Fixture.write(dir.resolve("src2"), spec);
        BuildResult built = new LoreEngine(RuleConfig.parse("page.orphan=off, page.dead-end=off, page.unparsable=warning"), null)
                .build(new BuildRequest(src, dir.resolve("out2"), null, dir, "Test wiki", "", false, 2));
        assertThat(built.written()).isTrue();
        assertThat(Fixture.read(dir.resolve("out2/glossary.html"))).contains("Memory");
    }

    @Test
    void aTermDefinedTwiceNamesBothPlaces() {
        BuildResult r = check("""
                -- glossary.yml --
                - term: Memory
                  definition: What is kept.
                -- glossary/more.yml --
                - term: Grafting
                  definition: Acquiring people.
                - term: memory
                  definition: Kept things.
                """);
        assertThat(lines(r)).containsExactly("src/glossary/more.yml:3:9: error: the term 'memory' is already a term defined at "
                + "src/glossary.yml:1:9; define each term once; give its other names as 'aliases' [glossary.duplicate]");
    }

    @Test
    void anAliasTakenByAnotherTermIsReportedAndDropped() {
        BuildResult r = check("""
                -- glossary.yml --
                - term: Organizational memory
                  aliases: [OM, Memory]
                  definition: What an organization keeps.
                - term: Memory
                  definition: What is kept.
                - term: Grafting
                  aliases: [OM]
                  definition: Acquiring people.
                """);
        assertThat(lines(r)).containsExactly(
                "src/glossary.yml:4:9: error: the term 'Memory' is already an alias of 'Organizational memory' defined at "
                        + "src/glossary.yml:2:17; define each term once; give its other names as 'aliases' [glossary.duplicate]",
                "src/glossary.yml:7:13: error: the alias 'OM' is already an alias of 'Organizational memory' defined at "
                        + "src/glossary.yml:2:13; remove this alias; a name can mean only one term [glossary.duplicate]");
    }

    @Test
    void seeNamingAnUnknownTermSuggestsTheClosest() {
        BuildResult r = check("""
                -- glossary.yml --
                - term: Memory
                  definition: What is kept.
                  see: [Grafting, Graftng, Nothing like it]
                - term: Grafting
                  definition: Acquiring people.
                """);
        assertThat(lines(r)).containsExactly(
                "src/glossary.yml:3:19: warning: 'see' names 'Graftng', which is not a term of the glossary; did you mean 'Grafting'? [glossary.see]",
                "src/glossary.yml:3:28: warning: 'see' names 'Nothing like it', which is not a term of the glossary; name a term or one of its aliases [glossary.see]");
    }

    @Test
    void definesClashingWithTheGlossaryFileIsAnError() {
        BuildResult r = check("""
                -- glossary.yml --
                - term: Knowledge acquisition
                  definition: How knowledge enters.
                -- acquisition.md --
                ---
                summary: How organizations obtain knowledge.
                defines: [Knowledge Acquisition]
                ---
                # Acquisition
                See [[Reader]].
                """);
        assertThat(lines(r)).containsExactly("src/acquisition.md:3:11: error: the term 'Knowledge Acquisition' in 'defines' is already a term "
                + "of the glossary at src/glossary.yml:1:9; define it in one place: remove it from the glossary file, or from 'defines' [glossary.defines]");
    }

    @Test
    void twoArticlesDefiningOneTermIsADuplicate() {
        BuildResult r = check("""
                -- a.md --
                ---
                summary: First.
                defines: [Grafting]
                ---
                # A
                See [[B]].
                -- b.md --
                ---
                summary: Second.
                defines:
                  - term: grafting
                ---
                # B
                See [[A]].
                """);
        assertThat(lines(r)).containsExactly("src/b.md:4:11: error: the term 'grafting' is already a term defined at src/a.md:3:11; "
                + "define each term once; give its other names as 'aliases' [glossary.duplicate]");
    }

    @Test
    void anEmptyDefinitionIsAWarningAndTheSummaryStandsInForADefinesTerm() {
        BuildResult r = check("""
                -- glossary.yml --
                - term: Memory
                - term: Grafting
                  definition: "  "
                -- a.md --
                ---
                summary: How knowledge enters an organization.
                defines: [Knowledge acquisition]
                ---
                # A
                See [[B]].
                -- b.md --
                ---
                defines: [Organizational memory]
                ---
                # B
                See [[A]].
                """);
        assertThat(lines(r)).containsExactly(
                "src/b.md:2:11: warning: the term 'Organizational memory' has no definition; give it a 'definition' in 'defines', or give the article a 'summary' [glossary.definition]",
                "src/glossary.yml:1:9: warning: the term 'Memory' has no definition; add 'definition: ...' to its entry [glossary.definition]",
                "src/glossary.yml:2:9: warning: the term 'Grafting' has no definition; add 'definition: ...' to its entry [glossary.definition]");
    }

    @Test
    void aTermNoArticleMentionsIsReportedUnused() {
        BuildResult r = check("""
                -- glossary.yml --
                - term: Memory
                  definition: What is kept.
                - term: Vicarious learning
                  definition: Learning from what others went through.
                -- self.md --
                ---
                summary: Learning from what happens.
                defines: [Experiential learning]
                ---
                # Self
                Experiential learning is only mentioned by the article that defines it. See [[Reader]].
                """);
        assertThat(lines(r)).containsExactly(
                "src/glossary.yml:3:9: warning: the glossary term 'Vicarious learning' is not mentioned in any article; mention it where it matters, "
                        + "add the spelling the articles use as an alias, or remove it [glossary.unused]",
                "src/self.md:3:11: warning: the glossary term 'Experiential learning' is not mentioned in any article; mention it in another article, "
                        + "or add the spelling the articles use as an alias [glossary.unused]");
    }

    @Test
    void aLinkToATermOrToItsArticleCountsAsAUse() {
        BuildResult r = check("""
                -- glossary.yml --
                - term: Vicarious learning
                  definition: Learning from what others went through.
                -- self.md --
                ---
                summary: Learning from what happens.
                defines: [Experiential learning]
                ---
                # Self
                See [[Reader]].
                -- user.md --
                # User
                Read [[term:Vicarious learning|this]] and [[Self]].
                """);
        assertThat(lines(r)).isEmpty();
    }

    @Test
    void wrongTypesInFrontMatterAreReportedAtTheValue() {
        BuildResult r = check("""
                -- a.md --
                ---
                summary: A.
                glossary: sometimes
                defines:
                  - term: Grafting
                    definiton: Acquiring people.
                  - 42.5
                  - definition: no term
                ---
                # A
                See [[Reader]].
                """);
        assertThat(lines(r)).containsExactly(
                "src/a.md:3:11: error: 'glossary' must be true or false, found text; write 'glossary: false' to turn automatic term links off on this page [glossary.type]",
                "src/a.md:6:16: error: 'definiton' is not a known key of a 'defines' item; expected one of term, definition, aliases, see, tags; did you mean 'definition'? [glossary.key]",
                "src/a.md:7:5: error: a 'defines' item must be a term name or a mapping with 'term' and 'definition', found a number; write the term's name, or 'term: ...' and 'definition: ...' [glossary.type]",
                "src/a.md:8:5: error: a 'defines' item has no 'term'; name the term [glossary.missing]");
    }

    @Test
    void anUnknownTermLinkIsAnUnresolvedLink() {
        BuildResult r = check("""
                -- glossary.yml --
                - term: Memory
                  definition: What is kept.
                -- a.md --
                # A
                See [[term:Memroy]] and [[Reader]].
                """);
        assertThat(lines(r)).containsExactly("src/a.md:2:5: warning: unresolved link [[term:Memroy]]: the glossary has no term 'Memroy'; "
                + "did you mean [[term:Memory]]? [link.unresolved]");
    }

    @Test
    void anUnknownLinkModeIsAConfigurationError() {
        Path src = Fixture.write(dir.resolve("src"), READER);
        BuildResult r = new LoreEngine(RuleConfig.parse("page.orphan=off, page.dead-end=off"), null).build(new BuildRequest(src, dir.resolve("out"), null, dir, "T", "", false, 1, "sometimes"));
        assertThat(r.written()).isFalse();
        assertThat(lines(r)).containsExactly("lore.glossary.link: error: lore.glossary.link is 'sometimes'; expected first, all or off; "
                + "set it to first (the first mention of each term on a page), all or off [config.glossary]");
    }

    @Test
    void aGlossaryCollidesWithAnArticleNamedGlossary() {
        BuildResult r = check("""
                -- glossary.yml --
                - term: Memory
                  definition: What is kept.
                -- glossary.md --
                # Glossary
                See [[Reader]].
                """);
        assertThat(lines(r)).singleElement().satisfies(l -> assertThat(l).startsWith("src/glossary.md: error: writes the same output file "
                + "'glossary.html' as a page Lore generates").endsWith("[output.collision]"));
    }
}
