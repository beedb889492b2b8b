package io.github.lorewiki.engine.diag;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineIndexTest {
    private static String at(LineIndex index, int offset) {
        return index.line(offset) + ":" + index.column(offset);
    }

    @Test
    void firstLineStartsAtOneOne() {
        LineIndex index = new LineIndex("abc\ndef\n");
        assertThat(at(index, 0)).isEqualTo("1:1");
        assertThat(at(index, 2)).isEqualTo("1:3");
    }

    @Test
    void newlineBelongsToTheLineItEnds() {
        assertThat(at(new LineIndex("abc\ndef"), 3)).isEqualTo("1:4");
    }

    @Test
    void offsetAfterNewlineIsTheNextLine() {
        LineIndex index = new LineIndex("abc\ndef\nghi");
        assertThat(at(index, 4)).isEqualTo("2:1");
        assertThat(at(index, 6)).isEqualTo("2:3");
        assertThat(at(index, 8)).isEqualTo("3:1");
    }

    @Test
    void lastLineWithoutNewline() {
        LineIndex index = new LineIndex("abc\ndef");
        assertThat(at(index, 6)).isEqualTo("2:3");
        assertThat(at(index, 7)).as("the end of the text").isEqualTo("2:4");
    }

    @Test
    void endOfTextAfterFinalNewlineIsANewLine() {
        assertThat(at(new LineIndex("abc\n"), 4)).isEqualTo("2:1");
    }

    @Test
    void emptyLinesCount() {
        LineIndex index = new LineIndex("\n\n\nx");
        assertThat(at(index, 0)).isEqualTo("1:1");
        assertThat(at(index, 1)).isEqualTo("2:1");
        assertThat(at(index, 3)).isEqualTo("4:1");
    }

    @Test
    void anyCharSequenceGivesWhatItsStringGives() {
        String text = "\nab\n\ncd\r\nef\n";
        LineIndex fromString = new LineIndex(text);
        LineIndex fromBuilder = new LineIndex(new StringBuilder(text));
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(at(fromBuilder, offset)).as("offset %d", offset).isEqualTo(at(fromString, offset));
        }
        assertThat(at(fromBuilder, 7)).isEqualTo("4:3");
    }

    @Test
    void emptyText() {
        assertThat(at(new LineIndex(""), 0)).isEqualTo("1:1");
    }

    @Test
    void manyLines() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) text.append("line ").append(i).append('\n');
        LineIndex index = new LineIndex(text);
        int offset = text.indexOf("line 777") + 5;
        assertThat(at(index, offset)).isEqualTo("778:6");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        LineIndex index = new LineIndex("\u00e9\u00e9\n\u65e5\u672c x");
        assertThat(at(index, 5)).isEqualTo("2:3");
    }

    @Test
    void positionCarriesThePath() {
        SourcePos pos = new LineIndex("a\nb").pos("src/page.md", 2);
        assertThat(pos).isEqualTo(new SourcePos("src/page.md", 2, 1));
        assertThat(pos.toString()).isEqualTo("src/page.md:2:1");
    }
}
