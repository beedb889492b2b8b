package io.github.lorewiki.engine.search;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The search text is cut word by word exactly as it was when words came from {@code split(" ")}: the index must not change. */
class WordsTest {
    private static final List<String> TEXTS = List.of("", " ", "   ", "one", "one two three", " lead", "trail ", "trail  ",
            "double  space", "  both  ", "a b c d e f", "Compares A, B. Lasts: a career; decades;", "x  ", " x y z ");

    @Test
    void wordsAreCountedAsSplittingOnSpacesCountsThem() {
        for (String t : TEXTS) {
            int expected = t.isEmpty() ? 0 : t.split(" ").length;
            assertThat(Words.count(t)).as("'%s'", t).isEqualTo(expected);
        }
    }

    @Test
    void theFirstWordsAreThoseSplittingAndJoiningKeeps() {
        for (String t : TEXTS) {
            String[] words = t.isEmpty() ? new String[0] : t.split(" ");
            for (int keep = 0; keep < words.length; keep++) {
                assertThat(Words.first(t, keep)).as("'%s' keeping %d", t, keep)
                        .isEqualTo(String.join(" ", Arrays.copyOf(words, keep)));
            }
        }
    }
}
