package io.github.lorewiki.engine.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast UTF-8 decoding gives what the strict decoder gives, text or refusal, for valid and broken input. */
class Utf8TextTest {

    @Test
    void sameTextOrSameRefusalAsTheStrictDecoder() throws CharacterCodingException {
        List<byte[]> inputs = new ArrayList<>();
        for (String s : List.of("", "plain", "Caf\u00e9 \u65e5\u672c \uD83D\uDE00", "a \uFFFD written in the file", "\uFEFF---\n"))
            inputs.add(s.getBytes(StandardCharsets.UTF_8));
        inputs.add("Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        inputs.add(new byte[]{(byte) 0xC0, (byte) 0xAF}); // overlong '/'
        inputs.add(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // an encoded surrogate
        inputs.add(new byte[]{'a', (byte) 0xE2, (byte) 0x82}); // cut short
        inputs.add(new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}); // past U+10FFFF
        // random bytes biased to the ranges that make multi-byte sequences, valid or not
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[random.nextInt(8)];
            for (int b = 0; b < bytes.length; b++) bytes[b] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(0x80));
            inputs.add(bytes);
        }
        int refused = 0;
        for (byte[] bytes : inputs) {
            String strict;
            try {
                strict = Utf8Text.strict(bytes);
            } catch (CharacterCodingException e) {
                refused++;
                assertThatThrownBy(() -> Utf8Text.decode(bytes)).isInstanceOf(CharacterCodingException.class);
                continue;
            }
            assertThat(Utf8Text.decode(bytes)).isEqualTo(strict);
        }
        assertThat(refused).isBetween(1_000, 19_000);
    }
}
