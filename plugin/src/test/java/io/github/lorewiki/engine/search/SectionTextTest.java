package io.github.lorewiki.engine.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionTextTest {
    @Test
    void whiteSpaceRunsBecomeOneSpaceAcrossPiecesAndNoneAtTheEnds() {
        SectionText t = new SectionText(100);
        t.append("  Memory\tlives ");
        t.space();
        t.append("\n in\u00a0people ");
        assertThat(t.take()).isEqualTo("Memory lives in people");
    }

    @Test
    void takingStartsTheNextSectionEmpty() {
        SectionText t = new SectionText(1);
        t.append("first ");
        t.append("more");
        assertThat(t.full()).isTrue();
        assertThat(t.take()).isEqualTo("first");
        assertThat(t.full()).isFalse();
        t.append(" second");
        assertThat(t.take()).isEqualTo("second");
        assertThat(t.take()).isEmpty();
    }

    @Test
    void keepsAtMostItsWordsAndTheLastOneWhole() {
        SectionText t = new SectionText(3);
        t.append("one two th");
        assertThat(t.full()).isFalse();
        t.append("ree");
        assertThat(t.full()).isFalse(); // three words, and no fourth met yet
        t.append("  four five");
        assertThat(t.full()).isTrue();
        t.append("six");
        assertThat(t.take()).isEqualTo("one two three");
    }

    @Test
    void plainTextIsTakenStraightFromTheSourceAndTheRestIsLeftToTheCaller() {
        SectionText t = new SectionText(10);
        String source = "# Title\nTacit knowledge\\* & more";
        assertThat(t.appendPlain(source, 8, 23)).isTrue();
        assertThat(t.appendPlain(source, 23, source.length())).isFalse(); // a backslash escape: resolved first
        assertThat(t.appendPlain("a\0b", 0, 3)).isFalse();
        assertThat(t.take()).isEqualTo("Tacit knowledge");
    }
}
