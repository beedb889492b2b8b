package io.github.lorewiki.engine.glossary;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.LinkKind;
import io.github.lorewiki.engine.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryParserTest {
    private static final SourceFile FILE = new SourceFile(Path.of("glossary.yml"), "glossary.yml", "src/wiki/glossary.yml");
    private final Diagnostics d = new Diagnostics();

    private List<ParsedTerm> parse(String yaml) {
        return new GlossaryParser().parse(FILE, yaml, d);
    }

    private List<String> problems() {
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsEveryKeyOfAnEntryWithPositions() {
        List<ParsedTerm> terms = parse("""
                - term: Organizational memory
                  aliases: [Corporate memory, OM]
                  definition: Knowledge an organization keeps, see [[Knowledge acquisition]].
                  see: Knowledge acquisition
                  tags: [construct]
                - term: Grafting
                  definition: "Acquiring knowledge by acquiring people."
                """);
        assertThat(problems()).isEmpty();
        assertThat(terms).hasSize(2);
        ParsedTerm t = terms.get(0);
        assertThat(t.name()).isEqualTo("Organizational memory");
        assertThat(t.pos()).isEqualTo(new SourcePos("src/wiki/glossary.yml", 1, 9));
        assertThat(t.aliases()).extracting(ParsedTerm.Name::text).containsExactly("Corporate memory", "OM");
        assertThat(t.aliases().get(1).pos()).isEqualTo(new SourcePos("src/wiki/glossary.yml", 2, 31));
        assertThat(t.see()).extracting(ParsedTerm.Name::text).containsExactly("Knowledge acquisition");
        assertThat(t.tags()).containsExactly("construct");
        assertThat(t.article()).isNull();
        // a link in a one-line definition is placed at its own column
        assertThat(t.definition().links()).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(LinkKind.WIKI);
            assertThat(l.target()).isEqualTo("Knowledge acquisition");
            assertThat(l.pos()).isEqualTo(new SourcePos("src/wiki/glossary.yml", 3, 52));
        });
        assertThat(terms.get(1).definition().markdown()).isEqualTo("Acquiring knowledge by acquiring people.");
    }

    @Test
    void anUnknownKeyNamesTheKeysAllowedAndTheClosestOne() {
        parse("""
                - term: Grafting
                  defintion: Acquiring people.
                """);
        assertThat(problems()).containsExactly("src/wiki/glossary.yml:2:3: error: 'defintion' is not a known key of a glossary entry; "
                + "expected one of term, definition, aliases, see, tags; did you mean 'definition'? [glossary.key]");
    }

    @Test
    void wrongTypesSayWhatWasExpectedAndWhatWasFound() {
        List<ParsedTerm> terms = parse("""
                - term: Grafting
                  definition:
                    Note: people.
                  aliases: {a: b}
                  see: [Memory, [nested]]
                """);
        assertThat(problems()).containsExactly(
                "src/wiki/glossary.yml:3:5: error: 'definition' must be text, found a mapping; put the text in quotes; unquoted, a ': ' inside it starts a mapping [glossary.type]",
                "src/wiki/glossary.yml:4:12: error: 'aliases' must be a list of names, such as [A, B], found a mapping; change the value of 'aliases' [glossary.type]",
                "src/wiki/glossary.yml:5:17: error: 'see item' must be a name, found a list; change the value of 'see' [glossary.type]");
        assertThat(terms).singleElement().satisfies(t -> assertThat(t.see()).extracting(ParsedTerm.Name::text).containsExactly("Memory"));
    }

    @Test
    void anEntryWithoutATermIsReportedAndSkipped() {
        List<ParsedTerm> terms = parse("""
                - definition: Orphaned text.
                - term: ""
                  definition: x
                - Just a name
                """);
        assertThat(terms).isEmpty();
        assertThat(problems()).containsExactly(
                "src/wiki/glossary.yml:1:3: error: a glossary entry has no 'term'; add 'term: ...' naming what it defines [glossary.missing]",
                "src/wiki/glossary.yml:2:9: error: the 'term' of an entry is empty; name the term [glossary.missing]",
                "src/wiki/glossary.yml:4:3: error: a glossary entry must be a mapping with 'term' and 'definition', found text; "
                        + "write it as '- term: ...' with 'definition: ...' on the next line [glossary.type]");
    }

    @Test
    void theFileMustBeAList() {
        assertThat(parse("Organizational memory: What an organization keeps.\n")).isEmpty();
        assertThat(problems()).containsExactly("src/wiki/glossary.yml:1:1: error: a glossary must be a list of entries, found a mapping; "
                + "start each entry with '- term: ...' and give its 'definition' below it [glossary.type]");
    }

    @Test
    void invalidYamlIsReportedAtItsPosition() {
        assertThat(parse("- term: A\n  definition: [unclosed\n")).isEmpty();
        assertThat(d.sorted()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("glossary.yaml");
            assertThat(p.pos().line()).isEqualTo(3);
        });
    }

    @Test
    void anEmptyFileHasNoTermsAndNoProblems() {
        assertThat(parse("")).isEmpty();
        assertThat(parse("# only a comment\n")).isEmpty();
        assertThat(problems()).isEmpty();
    }
}
