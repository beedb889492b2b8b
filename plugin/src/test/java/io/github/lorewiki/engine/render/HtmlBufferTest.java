package io.github.lorewiki.engine.render;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlBufferTest {

    @Test
    void holdsTheUtf8OfWhatWasAppendedWhateverTheCharacters() {
        String[] pieces = {"plain ascii", "caf\u00e9", "A \u203a B", "\u201cquoted\u201d", "", "\uD83D\uDE00 emoji", "<p>\n", "\u07ff\u0800\uffff"};
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            HtmlBuffer buffer = new HtmlBuffer(1 + random.nextInt(8));
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            List<Integer> marks = new ArrayList<>(List.of(0));
            for (int step = random.nextInt(30); step > 0; step--) {
                String s = pieces[random.nextInt(pieces.length)];
                switch (random.nextInt(6)) {
                    case 0 -> { buffer.append(s); expected.writeBytes(utf8(s)); }
                    case 1 -> {
                        int from = random.nextInt(s.length() + 1);
                        int to = from + random.nextInt(s.length() - from + 1);
                        buffer.append(s, from, to);
                        expected.writeBytes(utf8(s.substring(from, to))); // a pair cut in two: '?' for each half, as getBytes does
                    }
                    case 2 -> {
                        char c = s.isEmpty() ? 'x' : s.charAt(0);
                        buffer.append(c);
                        expected.writeBytes(utf8(String.valueOf(c)));
                    }
                    case 3 -> { buffer.append(round - step); expected.writeBytes(utf8(Integer.toString(round - step))); }
                    case 4 -> {
                        byte[] b = utf8(s);
                        buffer.append(b);
                        expected.writeBytes(b);
                    }
                    default -> {
                        int cut = marks.get(random.nextInt(marks.size()));
                        buffer.setLength(cut);
                        byte[] kept = expected.toByteArray();
                        expected.reset();
                        expected.write(kept, 0, cut);
                        marks.removeIf(m -> m > cut);
                    }
                }
                marks.add(buffer.length());
                assertThat(buffer.length()).isEqualTo(expected.size());
            }
            assertThat(buffer.toBytes()).isEqualTo(expected.toByteArray());
            assertThat(buffer.toString()).isEqualTo(expected.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void knowsWhetherALineHasStarted() {
        HtmlBuffer buffer = new HtmlBuffer(4);
        assertThat(buffer.atLineStart()).isTrue();
        buffer.append("<p>caf\u00e9");
        assertThat(buffer.atLineStart()).isFalse();
        buffer.append('\n');
        assertThat(buffer.atLineStart()).isTrue();
    }

    @Test
    void neverGrowsPastItsText() {
        HtmlBuffer buffer = new HtmlBuffer(64).append("abc");
        assertThatThrownBy(() -> buffer.setLength(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> buffer.commit(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(buffer.toString()).isEqualTo("abc");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
