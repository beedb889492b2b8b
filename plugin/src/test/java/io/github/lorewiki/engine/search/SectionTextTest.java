package io.github.lorewiki.engine.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionTextTest {
    @Test
    void whiteSpaceRunsBecomeOneSpaceAcrossPiecesAndNoneAtTheEnds() {
        SectionText t = new SectionText();
        t.append("  Memory\tlives ");
        t.append(' ');
        t.append("\n in\u00a0people ");
        assertThat(t.read()).isEqualTo(28);
        assertThat(t.take()).isEqualTo("Memory lives in people");
    }

    @Test
    void takingStartsTheNextSectionEmpty() {
        SectionText t = new SectionText();
        t.append("first ");
        t.take();
        t.append(" second");
        assertThat(t.read()).isEqualTo(7);
        assertThat(t.take()).isEqualTo("second");
        assertThat(t.take()).isEmpty();
    }
}
