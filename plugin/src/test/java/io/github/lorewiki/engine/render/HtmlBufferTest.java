package io.github.lorewiki.engine.render;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlBufferTest {

    @Test
    void holdsWhatAStringBuilderWouldWhateverTheCharacters() {
        String[] pieces = {"plain ascii", "caf\u00e9", "A \u203a B", "\u201cquoted\u201d", "", "\uD83D\uDE00 emoji", "<p>\n"};
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            HtmlBuffer buffer = new HtmlBuffer(1 + random.nextInt(8));
            StringBuilder expected = new StringBuilder();
            for (int step = random.nextInt(30); step > 0; step--) {
                String s = pieces[random.nextInt(pieces.length)];
                switch (random.nextInt(5)) {
                    case 0 -> { buffer.append(s); expected.append(s); }
                    case 1 -> {
                        int from = random.nextInt(s.length() + 1);
                        int to = from + random.nextInt(s.length() - from + 1);
                        buffer.append(s, from, to);
                        expected.append(s, from, to);
                    }
                    case 2 -> { buffer.append(s.isEmpty() ? 'x' : s.charAt(0)); expected.append(s.isEmpty() ? 'x' : s.charAt(0)); }
                    case 3 -> { buffer.append(round - step); expected.append(round - step); }
                    default -> {
                        int cut = random.nextInt(expected.length() + 1);
                        buffer.setLength(cut);
                        expected.setLength(cut);
                    }
                }
                assertThat(buffer.length()).isEqualTo(expected.length());
            }
            assertThat(buffer.toString()).isEqualTo(expected.toString());
            if (!expected.isEmpty()) assertThat(buffer.charAt(expected.length() - 1)).isEqualTo(expected.charAt(expected.length() - 1));
        }
    }

    @Test
    void neitherReadsNorGrowsPastItsText() {
        HtmlBuffer buffer = new HtmlBuffer(64).append("abc");
        assertThatThrownBy(() -> buffer.charAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> buffer.setLength(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(buffer.subSequence(1, 3).toString()).isEqualTo("bc");
    }
}
