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
 * Comparison rules about subjects, rows, layout and YAML syntax; each with its exact message and the
 * {@code path:line:column} of the YAML node at fault.
 */
class ComparisonRowRulesTest extends ComparisonParsing {
    // ---------------------------------------------------------------- subjects

    @Test
    void fewerThanTwoSubjects() {
        parse("""
                title: A alone
                subjects: [A]
                criteria:
                  X: [a]
                """);
        assertThat(problems()).containsExactly(PATH + ":2:11: error: a comparison needs at least two subjects, found 1; "
                + "list two or more articles under 'subjects' [comparison.subject]");
    }

    @Test
    void noSubjectsAtAll() {
        parse("""
                title: Nothing
                subjects: []
                criteria:
                  X: [a]
                """);
        assertThat(problems()).containsExactly(PATH + ":2:11: error: a comparison needs at least two subjects, found 0; "
                + "list two or more articles under 'subjects' [comparison.subject]");
    }

    @Test
    void subjectListedTwiceWithoutCaseDifference() {
        Optional<ParsedComparison> c = parse("""
                title: A vs B
                subjects:
                  - Apple
                  - Pear
                  - apple
                criteria:
                  X: [a, b]
                """);
        assertThat(problems()).containsExactly(PATH + ":5:5: error: subject 'apple' is listed twice (first at line 3); remove one of them "
                + "[comparison.subject]");
        assertThat(c.get().subjects()).extracting(ParsedComparison.Name::text).containsExactly("Apple", "Pear");
    }

    // ---------------------------------------------------------------- rows

    @Test
    void rowWithTooFewValues() {
        parse("""
                title: A vs B vs C
                subjects: [A, B, C]
                criteria:
                  Colour: [red, green]
                """);
        assertThat(problems()).containsExactly(PATH + ":4:11: error: row 'Colour' has 2 value(s) for 3 subjects; give one value per subject, "
                + "in subject order; write '—' or 'n/a' to leave a cell empty on purpose [comparison.row]");
    }

    @Test
    void rowWithTooManyValuesInTheFullForm() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - label: Colour
                    values:
                      - red
                      - green
                      - blue
                """);
        assertThat(problems()).containsExactly(PATH + ":6:7: error: row 'Colour' has 3 value(s) for 2 subjects; remove the extra values "
                + "[comparison.row]");
    }

    @Test
    void aMissingValueInTheListIsReportedAtItsItem() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - label: Colour
                    values:
                      - red
                      -
                """);
        assertThat(problems()).containsExactly(PATH + ":7:8: error: row 'Colour' has no value for 'B'; write '—' or 'n/a' to leave a cell "
                + "empty on purpose [comparison.row]");
    }

    @Test
    void blankValuesAreMissingValuesNotCellsLeftEmptyOnPurpose() {
        parse("""
                title: A vs B
                subjects: [A, B, C]
                criteria:
                  Size: [big, "", " "]
                  Weight: [heavy, null, light]
                """);
        assertThat(problems()).containsExactly(
                PATH + ":4:15: error: row 'Size' has no value for 'B'; write '—' or 'n/a' to leave a cell empty on purpose [comparison.row]",
                PATH + ":4:19: error: row 'Size' has no value for 'C'; write '—' or 'n/a' to leave a cell empty on purpose [comparison.row]",
                PATH + ":5:19: error: row 'Weight' has no value for 'B'; write '—' or 'n/a' to leave a cell empty on purpose [comparison.row]");
    }

    @Test
    void duplicateRowLabelsAreReportedAtTheSecond() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  Colour: [red, green]
                  colour : [rot, grün]
                """);
        assertThat(problems()).containsExactly(PATH + ":5:3: error: row 'colour' appears twice (first at line 4); merge the two rows "
                + "[comparison.row]");
    }

    @Test
    void duplicateRowLabelsAcrossSections() {
        Optional<ParsedComparison> c = parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - section: Looks
                    criteria:
                      - label: Colour
                        values: [red, green]
                  - section: Taste
                    criteria:
                      - Sweetness
                      - Colour
                """);
        assertThat(problems()).containsExactly(PATH + ":11:9: error: row 'Colour' appears twice (first at line 6); merge the two rows "
                + "[comparison.row]");
        assertThat(labels(c.get().sections().get(1))).containsExactly("Sweetness");
    }

    @Test
    void sectionsCannotBeNested() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - section: Outer
                    criteria:
                      - section: Inner
                        criteria: [X]
                """);
        assertThat(problems()).containsExactly(PATH + ":6:9: error: sections cannot be nested; move this section to the top level of "
                + "'criteria' [comparison.type]");
    }

    // ---------------------------------------------------------------- layout

    @Test
    void layoutWithAnInvalidValue() {
        Optional<ParsedComparison> c = parse("""
                title: A vs B
                subjects: [A, B]
                layout: sideways
                criteria:
                  X: [a, b]
                """);
        assertThat(problems()).containsExactly(PATH + ":3:9: error: 'layout' must be 'columns' (subjects as columns, the default) "
                + "or 'transposed' (subjects as rows), found text; change the value of 'layout' [comparison.type]");
        assertThat(c.get().transposed()).isFalse();
    }

    // ---------------------------------------------------------------- YAML syntax

    @Test
    void yamlSyntaxErrorIsReportedWhereTheParserStopped() {
        Optional<ParsedComparison> c = parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  X: [a, b]
                   Y: [c, d]
                """);
        assertThat(problems()).containsExactly(PATH + ":5:4: error: invalid YAML: while parsing a block mapping: "
                + "expected <block end>, but found '<block mapping start>'; fix the YAML syntax at this place [comparison.yaml]");
        assertThat(c).isEmpty();
    }

    @Test
    void unclosedFlowListIsASyntaxError() {
        Optional<ParsedComparison> c = parse("""
                title: A vs B
                subjects: [A, B
                criteria:
                  X: [a, b]
                """);
        // the parser notices only at the ':' of the next line
        assertThat(problems()).containsExactly(PATH + ":3:9: error: invalid YAML: while parsing a flow sequence: expected ',' or ']', "
                + "but got :; fix the YAML syntax at this place [comparison.yaml]");
        assertThat(c).isEmpty();
    }

    @Test
    void aKeyWrittenTwiceIsReported() {
        Optional<ParsedComparison> c = parse("""
                title: A vs B
                title: C vs D
                subjects: [A, B]
                criteria:
                  X: [a, b]
                """);
        assertThat(problems()).containsExactly(PATH + ":2:1: error: 'title' is written twice (first at line 1); keep one of them; "
                + "YAML would silently use the last [comparison.key]");
        assertThat(c.get().title()).as("the first is kept").isEqualTo("A vs B");
    }

    @Test
    void aRowKeyWrittenTwiceIsReported() {
        parse("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - label: Colour
                    values: [red, green]
                    values: [rot, grün]
                """);
        assertThat(problems()).containsExactly(PATH + ":6:5: error: 'values' is written twice (first at line 5); keep one of them; "
                + "YAML would silently use the last [comparison.key]");
    }

    @Test
    void colonInsideUnquotedTextIsASyntaxErrorAtTheSecondColon() {
        Optional<ParsedComparison> c = parse("""
                title: A vs B
                subjects: [A, B]
                summary: Key difference: one is a process
                criteria:
                  X: [a, b]
                """);
        assertThat(problems()).containsExactly(PATH + ":3:24: error: invalid YAML: mapping values are not allowed here; "
                + "fix the YAML syntax at this place [comparison.yaml]");
        assertThat(c).isEmpty();
}
}
