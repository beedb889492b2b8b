package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.model.LinkKind;
import io.github.lorewiki.engine.model.LinkRef;
import io.github.lorewiki.engine.parse.ParsedComparison.Row;
import io.github.lorewiki.engine.parse.ParsedComparison.Section;
import io.github.lorewiki.engine.parse.ParsedComparison.Text;
import io.github.lorewiki.engine.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparison rules about the definition's keys: unknown keys, wrong types, missing parts; each with its exact
 * message and the {@code path:line:column} of the YAML node at fault.
 */
class ComparisonRulesTest extends ComparisonParsing {
    // ---------------------------------------------------------------- unknown keys

    @Test
    void unknownTopLevelKeyNamesTheKeyTheKeysAllowedAndTheClosestOne() {
        Optional<ParsedComparison> c = parse("""
                title: A vs B
                subjects: [A, B]
                critera:
                  X: [a, b]
                """);
        assertThat(problems()).containsExactly(
                PATH + ":1:1: error: the comparison has no 'criteria'; add the rows to compare under 'criteria:' [comparison.missing]",
                PATH + ":3:1: error: 'critera' is not a known key of a comparison; expected one of title, subjects, summary, criteria, tags, "
                        + "sources, layout; did you mean 'criteria'? [comparison.key]");
        assertThat(c).isPresent();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::severity).containsOnly(Severity.ERROR);
    }

    @Test
    void unknownKeyWithNothingCloseHasNoGuess() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  X: [a, b]
                colour: red
                """);
        assertThat(problems()).containsExactly(PATH + ":5:1: error: 'colour' is not a known key of a comparison; expected one of title, "
                + "subjects, summary, criteria, tags, sources, layout [comparison.key]");
    }

    @Test
    void unknownRowKeyNamesTheRowKeys() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - label: Shape
                    values: [round, long]
                    notes: Roughly.
                """);
        assertThat(problems()).containsExactly(PATH + ":6:5: error: 'notes' is not a known key of a row; expected one of label, values, "
                + "note; did you mean 'note'? [comparison.key]");
    }

    @Test
    void unknownSectionKeyNamesTheSectionKeys() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - section: Eating
                    rows:
                      - label: Shape
                        values: [round, long]
                """);
        assertThat(problems()).containsExactly(
                PATH + ":4:5: error: section 'Eating' has no 'criteria'; add its rows under 'criteria:' [comparison.missing]",
                PATH + ":5:5: error: 'rows' is not a known key of a section; expected one of section, criteria [comparison.key]");
    }

    // ---------------------------------------------------------------- wrong types

    @Test
    void aNumberWhereAListOfValuesIsExpected() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  Legs: 4
                """);
        assertThat(problems()).containsExactly(PATH + ":4:9: error: 'values of 'Legs'' must be a list with one value per subject, "
                + "such as [a, b], found a number; change the value of 'values of 'Legs'' [comparison.type]");
    }

    @Test
    void aNumberWhereTheCriteriaListIsExpected() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria: 12
                """);
        assertThat(problems()).containsExactly(PATH + ":3:11: error: 'criteria' must be a list of rows, or a mapping from label to values, "
                + "found a number; change the value of 'criteria' [comparison.type]");
    }

    @Test
    void textWhereTheSubjectsListIsExpected() {
        Optional<ParsedComparison> c = parse("""
                title: A vs B
                subjects: A and B
                criteria:
                  X: [a, b]
                """);
        assertThat(problems()).containsExactly(PATH + ":2:11: error: 'subjects' must be a list of two or more article titles, such as [A, B], "
                + "found text; change the value of 'subjects' [comparison.type]");
        assertThat(c).isPresent();
        assertThat(c.get().subjects()).isEmpty();
    }

    @Test
    void aMappingWhereTextIsExpectedSuggestsQuotes() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  Question: [Is it right?, Note: it is not]
                """);
        assertThat(problems()).containsExactly(PATH + ":4:28: error: 'value of 'Question'' must be text, found a mapping; "
                + "put the text in quotes; unquoted, a ': ' inside it starts a mapping [comparison.type]");
    }

    @Test
    void aMappingAsANoteSuggestsQuotes() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - label: Shape
                    values: [round, long]
                    note:
                      Careful: this varies
                """);
        assertThat(problems()).containsExactly(PATH + ":7:7: error: 'note' must be text, found a mapping; "
                + "put the text in quotes; unquoted, a ': ' inside it starts a mapping [comparison.type]");
    }

    @Test
    void aListWhereTheTitleIsExpectedIsAWrongTypeNotAMissingTitle() {
        Optional<ParsedComparison> c = parse("""
                title: [A, B]
                subjects: [A, B]
                criteria:
                  X: [a, b]
                """);
        assertThat(problems()).containsExactly(PATH + ":1:8: error: 'title' must be text, found a list; change the value of 'title' [comparison.type]");
        assertThat(c).isEmpty();
    }

    @Test
    void aSubjectThatIsNotTextIsReported() {
        parse("""
                title: A vs B
                subjects: [A, B, [C, D]]
                criteria:
                  X: [a, b]
                """);
        assertThat(problems()).containsExactly(PATH + ":2:18: error: 'subjects item' must be an article title, alias or path, found a list; "
                + "change the value of 'subjects item' [comparison.type]");
    }

    @Test
    void tagsMustBeTextOrAListOfText() {
        parse("""
                title: A vs B
                subjects: [A, B]
                tags: {a: b}
                criteria:
                  X: [a, b]
                """);
        assertThat(problems()).containsExactly(PATH + ":3:7: error: 'tags' must be a list of text, such as [a, b], found a mapping; "
                + "change the value of 'tags' [comparison.type]");
    }

    @Test
    void aCriteriaItemThatIsAListIsReported() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - [a, b]
                """);
        assertThat(problems()).containsExactly(PATH + ":4:5: error: 'criteria item' must be a label, a row with 'label' and 'values', "
                + "or a section, found a list; change the value of 'criteria item' [comparison.type]");
    }

    @Test
    void aDefinitionThatIsNotAMappingIsReported() {
        Optional<ParsedComparison> c = parse("""
                - title: A vs B
                """);
        assertThat(problems()).containsExactly(PATH + ":1:1: error: a comparison must be a mapping with title, subjects and criteria, "
                + "found a list; start with 'title: ...' [comparison.type]");
        assertThat(c).isEmpty();
    }

    // ---------------------------------------------------------------- missing parts

    @Test
    void missingTitle() {
        Optional<ParsedComparison> c = parse("""
                subjects: [A, B]
                criteria:
                  X: [a, b]
                """);
        assertThat(problems()).containsExactly(PATH + ":1:1: error: the comparison has no 'title'; add 'title: A vs B' [comparison.missing]");
        assertThat(c).isEmpty();
    }

    @Test
    void blankTitleIsMissing() {
        parse("""
                title: "  "
                subjects: [A, B]
                criteria:
                  X: [a, b]
                """);
        assertThat(problems()).containsExactly(PATH + ":1:1: error: the comparison has no 'title'; add 'title: A vs B' [comparison.missing]");
    }

    @Test
    void missingSubjects() {
        parse("""
                title: A vs B
                criteria:
                  - X
                """);
        assertThat(problems()).containsExactly(PATH + ":1:1: error: the comparison has no 'subjects'; list the articles compared, "
                + "such as 'subjects: [A, B]' [comparison.missing]");
    }

    @Test
    void missingCriteria() {
        parse("""
                title: A vs B
                subjects: [A, B]
                """);
        assertThat(problems()).containsExactly(PATH + ":1:1: error: the comparison has no 'criteria'; add the rows to compare under "
                + "'criteria:' [comparison.missing]");
    }

    @Test
    void missingEverythingIsReportedAtOnce() {
        parse("""
                summary: Nothing else.
                """);
        assertThat(problems()).containsExactly(
                PATH + ":1:1: error: the comparison has no 'criteria'; add the rows to compare under 'criteria:' [comparison.missing]",
                PATH + ":1:1: error: the comparison has no 'subjects'; list the articles compared, such as 'subjects: [A, B]' [comparison.missing]",
                PATH + ":1:1: error: the comparison has no 'title'; add 'title: A vs B' [comparison.missing]");
    }

    @Test
    void aRowWithoutALabel() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - values: [a, b]
                    note: Which row?
                """);
        assertThat(problems()).containsExactly(PATH + ":4:5: error: a row has no 'label'; add 'label: ...' [comparison.missing]");
    }
}
