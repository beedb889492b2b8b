package io.github.lorewiki.engine.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** A file's bytes as text, refusing anything that is not valid UTF-8. */
final class Utf8Text {
    private Utf8Text() {
    }

    /**
     * Decodes with String's own decoder, many times faster than a strict CharsetDecoder. That decoder
     * replaces every malformed sequence with U+FFFD, so text without U+FFFD was valid, and decodes the
     * same either way; only text with it (a replacement, or a U+FFFD written in the file) is decoded
     * again strictly, which throws for malformed input.
     */
    static String decode(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strict(bytes);
    }

    static String strict(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
