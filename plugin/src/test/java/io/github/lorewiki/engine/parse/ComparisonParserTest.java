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

/** PARSE stage of comparison definitions: both forms, and the positions of links in their values. */
class ComparisonParserTest extends ComparisonParsing {
    // ---------------------------------------------------------------- the full form

    @Test
    void fullFormReadsEveryKeyRowsAndSections() {
        ParsedComparison c = parsed("""
                title: Apples vs pears
                subjects: [Apple, Pear]
                summary: Apples *crunch*, pears melt.
                tags: [fruit, orchard]
                sources:
                  - Pomona, 1890.
                  - "[[Orchard book]], chapter 2"
                layout: columns
                criteria:
                  - label: Shape
                    values: [round, bell-shaped]
                    note: Roughly.
                  - section: Eating
                    criteria:
                      - label: Texture
                        values:
                          - crisp
                          - soft, *buttery*
                      - Season
                  - section: Keeping
                    criteria:
                      - label: Storage
                        values: [months, weeks]
                """);
        assertThat(c.title()).isEqualTo("Apples vs pears");
        assertThat(c.titlePos()).isEqualTo(at(1, 8));
        assertThat(c.subjects()).extracting(ParsedComparison.Name::text).containsExactly("Apple", "Pear");
        assertThat(c.subjects()).extracting(ParsedComparison.Name::pos).containsExactly(at(2, 12), at(2, 19));
        assertThat(c.subjectsPos()).isEqualTo(at(2, 11));
        assertThat(c.summary().markdown()).isEqualTo("Apples *crunch*, pears melt.");
        assertThat(c.tags()).containsExactly("fruit", "orchard");
        assertThat(c.sources()).extracting(Text::markdown).containsExactly("Pomona, 1890.", "[[Orchard book]], chapter 2");
        assertThat(c.transposed()).isFalse();

        assertThat(c.sections()).extracting(Section::heading).containsExactly("", "Eating", "Keeping");
        assertThat(labels(c.sections().get(0))).containsExactly("Shape");
        assertThat(labels(c.sections().get(1))).containsExactly("Texture", "Season");
        assertThat(labels(c.sections().get(2))).containsExactly("Storage");

        Row shape = c.sections().get(0).rows().get(0);
        assertThat(shape.pos()).isEqualTo(at(10, 12));
        assertThat(markdown(shape.values())).containsExactly("round", "bell-shaped");
        assertThat(shape.note().markdown()).isEqualTo("Roughly.");
        Row texture = c.sections().get(1).rows().get(0);
        assertThat(markdown(texture.values())).containsExactly("crisp", "soft, *buttery*");
        assertThat(texture.note()).isEqualTo(Text.EMPTY);
        Row season = c.sections().get(1).rows().get(1);
        assertThat(season.values()).as("a label alone takes its values from the subjects' facts").isNull();
        assertThat(season.pos()).isEqualTo(at(19, 9));
    }

    @Test
    void rowsBeforeAndAfterASectionKeepTheirOrderInUnheadedGroups() {
        ParsedComparison c = parsed("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - label: First
                    values: [1, 2]
                  - section: Middle
                    criteria:
                      - label: Second
                        values: [3, 4]
                  - label: Third
                    values: [5, 6]
                """);
        assertThat(c.sections()).extracting(Section::heading).containsExactly("", "Middle", "");
        assertThat(c.sections()).extracting(ComparisonParserTest::labels)
                .containsExactly(List.of("First"), List.of("Second"), List.of("Third"));
        assertThat(markdown(c.sections().get(0).rows().get(0).values())).as("numbers are text in a cell").containsExactly("1", "2");
    }

    @Test
    void labelOnlyRowsTakeTheirValuesFromFacts() {
        ParsedComparison c = parsed("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - Basis
                  - Nature
                  - label: Focus
                """);
        assertThat(c.sections()).hasSize(1);
        assertThat(c.sections().get(0).rows()).extracting(Row::label).containsExactly("Basis", "Nature", "Focus");
        assertThat(c.sections().get(0).rows()).extracting(Row::values).containsOnlyNulls();
        assertThat(c.sections().get(0).rows()).extracting(Row::pos).containsExactly(at(4, 5), at(5, 5), at(6, 12));
    }

    @Test
    void layoutTransposedIsRead() {
        assertThat(parsed("""
                title: A vs B
                subjects: [A, B]
                layout: transposed
                criteria:
                  X: [a, b]
                """).transposed()).isTrue();
    }

    // ---------------------------------------------------------------- the compact form

    @Test
    void compactFormIsAMappingFromLabelToValuesInSubjectOrder() {
        ParsedComparison c = parsed("""
                title: Single-loop vs double-loop learning
                subjects: [Single-loop learning, Double-loop learning]
                criteria:
                  Question asked: [Are we doing things right?, Are we doing the right things?]
                  What changes:
                    - actions
                    - assumptions and goals
                  Number: [1, 2.5]
                """);
        assertThat(c.sections()).hasSize(1);
        assertThat(c.sections().get(0).heading()).isEmpty();
        List<Row> rows = c.sections().get(0).rows();
        assertThat(rows).extracting(Row::label).containsExactly("Question asked", "What changes", "Number");
        assertThat(markdown(rows.get(0).values())).containsExactly("Are we doing things right?", "Are we doing the right things?");
        assertThat(markdown(rows.get(1).values())).containsExactly("actions", "assumptions and goals");
        assertThat(markdown(rows.get(2).values())).containsExactly("1", "2.5");
        assertThat(rows.get(0).pos()).as("a compact row is at its label").isEqualTo(at(4, 3));
        assertThat(rows.get(0).note()).isEqualTo(Text.EMPTY);
    }

    @Test
    void compactLabelWithNothingAfterItTakesItsValuesFromFacts() {
        ParsedComparison c = parsed("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  Basis:
                  Nature: null
                  Focus: [here, there]
                """);
        List<Row> rows = c.sections().get(0).rows();
        assertThat(rows).extracting(Row::label).containsExactly("Basis", "Nature", "Focus");
        assertThat(rows.get(0).values()).isNull();
        assertThat(rows.get(1).values()).isNull();
        assertThat(markdown(rows.get(2).values())).containsExactly("here", "there");
    }

    @Test
    void compactRowsMayAlsoBeItemsOfTheList() {
        ParsedComparison c = parsed("""
                title: A vs B
                subjects: [A, B]
                criteria:
                  - Trigger: [an event, a craft]
                  - label: Duration
                    values: [minutes, years]
                """);
        List<Row> rows = c.sections().get(0).rows();
        assertThat(rows).extracting(Row::label).containsExactly("Trigger", "Duration");
        assertThat(markdown(rows.get(0).values())).containsExactly("an event", "a craft");
    }

    @Test
    void deliberatelyEmptyCellsAreAcceptedAsText() {
        ParsedComparison c = parsed("""
                title: A vs B
                subjects: [A, B, C]
                criteria:
                  Colour: [red, —, n/a]
                """);
        assertThat(markdown(c.sections().get(0).rows().get(0).values())).containsExactly("red", "—", "n/a");
    }

    // ---------------------------------------------------------------- links and their positions

    @Test
    void linksInAPlainSingleLineValuePointAtTheirBrackets() {
        ParsedComparison c = parsed("""
                title: A vs B
                subjects: [A, B]
                summary: See [[Apple]] and [[Pear#Taste|pears]].
                criteria:
                  Eaten: [raw, "with [[Cheese]]"]
                  Kept:
                    - "![[Cellar]]"
                    - in a [bowl](bowl.md)
                """);
        List<LinkRef> summary = c.summary().links();
        assertThat(summary).extracting(LinkRef::target).containsExactly("Apple", "Pear");
        assertThat(summary.get(1).anchor()).isEqualTo("Taste");
        // "summary: See " is 13 characters: the first [[ is at column 14
        assertThat(summary).extracting(LinkRef::pos).containsExactly(at(3, 14), at(3, 28));
        assertThat(summary).extracting(LinkRef::kind).containsOnly(LinkKind.WIKI);

        List<Row> rows = c.sections().get(0).rows();
        LinkRef cheese = rows.get(0).values().get(1).links().get(0);
        // the quoted value starts at column 16 ("), its text at 17; "with " is 5 more
        assertThat(cheese.pos()).isEqualTo(at(5, 22));
        List<LinkRef> kept = rows.get(1).values().stream().flatMap(v -> v.links().stream()).toList();
        assertThat(kept).extracting(LinkRef::kind).containsExactly(LinkKind.EMBED, LinkKind.MARKDOWN);
        assertThat(kept).extracting(LinkRef::pos).containsExactly(at(7, 8), at(8, 12));
    }

    @Test
    void linksInMultiLineValuesPointAtTheStartOfTheValue() {
        ParsedComparison c = parsed("""
                title: A vs B
                subjects: [A, B]
                summary: >-
                  One line,
                  then [[Apple]].
                criteria:
                  Kept: [a, b]
                """);
        assertThat(c.summary().markdown()).isEqualTo("One line, then [[Apple]].");
        assertThat(c.summary().links()).extracting(LinkRef::pos).containsExactly(at(3, 10));
    }

    @Test
    void linksInAPlainValueWrittenOverTwoLinesPointAtTheStartOfTheValue() {
        ParsedComparison c = parsed("""
                title: A vs B
                subjects: [A, B]
                summary: One line,
                  then [[Apple]].
                criteria:
                  Kept: [a, b]
                """);
        assertThat(c.summary().markdown()).isEqualTo("One line, then [[Apple]].");
        // YAML folds the two lines into one: the offset in the value is not a column of line 3
        assertThat(c.summary().links()).extracting(LinkRef::pos).containsExactly(at(3, 10));
    }

    @Test
    void linksInAQuotedValueWithEscapesPointAtTheStartOfTheValue() {
        ParsedComparison c = parsed("""
                title: A vs B
                subjects: [A, B]
                summary: "a \\"quoted\\" word and [[Apple]]"
                criteria:
                  Kept: [a, b]
                """);
        assertThat(c.summary().markdown()).isEqualTo("a \"quoted\" word and [[Apple]]");
        assertThat(c.summary().links()).extracting(LinkRef::pos).containsExactly(at(3, 10));
    }
}
