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
 * PARSE stage of comparison definitions: both forms, and every structural rule with its exact message
 * and the {@code path:line:column} of the YAML node at fault.
 */
class ComparisonParserTest {
    private static final String PATH = "src/wiki/comparisons/a-vs-b.yml";
    private static final SourceFile SOURCE = new SourceFile(Path.of(PATH), "comparisons/a-vs-b.yml", PATH);
    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<ParsedComparison> parse(String yaml) {
        return new ComparisonParser().parse(SOURCE, yaml, diagnostics);
    }

    private ParsedComparison parsed(String yaml) {
        Optional<ParsedComparison> c = parse(yaml);
        assertThat(problems()).as("no problems").isEmpty();
        assertThat(c).isPresent();
        return c.get();
    }

    private List<String> problems() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private static List<String> labels(Section s) {
        return s.rows().stream().map(Row::label).toList();
    }

    private static List<String> markdown(List<Text> values) {
        return values.stream().map(Text::markdown).toList();
    }

    private static SourcePos at(int line, int column) {
        return new SourcePos(PATH, line, column);
    }

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
