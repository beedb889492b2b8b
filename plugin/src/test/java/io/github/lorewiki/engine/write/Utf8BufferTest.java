package io.github.lorewiki.engine.write;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages are written from this buffer, so its bytes must be exactly those the text's UTF-8 encoding gives. */
class Utf8BufferTest {
    private static final List<String> TEXTS = List.of("", "plain ASCII <p>", "caf\u00e9 \u00d6konomie", "\u2014 \u20ac \u4e2d\u6587",
            "emoji \ud83d\ude00 and \ud834\udd1e", "lone high \ud83d here", "lone low \ude00 here", "ends high \ud83d",
            "\ud83d\ud83d\ude00", "\ude00\ud83d");

    private static byte[] written(Utf8Buffer b) {
        b.finish();
        return Arrays.copyOf(b.bytes(), b.size());
    }

    @Test
    void bytesAreTheUtf8OfTheTextWrittenAtOnce() {
        Utf8Buffer b = new Utf8Buffer(4);
        for (String t : TEXTS) {
            b.reset();
            b.write(t);
            assertThat(written(b)).as(t).isEqualTo(t.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void bytesAreTheSameWhenTheTextComesInPiecesThatSplitSurrogatePairs() {
        Utf8Buffer b = new Utf8Buffer(1);
        for (String t : TEXTS) {
            for (int cut = 0; cut <= t.length(); cut++) {
                b.reset();
                b.write(t, 0, cut);
                char[] rest = t.substring(cut).toCharArray();
                if (rest.length > 0) {
                    b.write(rest[0]);
                    b.write(rest, 1, rest.length - 1);
                }
                assertThat(written(b)).as("%s cut at %d", t, cut).isEqualTo(t.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void longTextIsEncodedTheSameAsShortText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) sb.append(TEXTS.get(i % TEXTS.size()));
        String lonely = sb + "\ud83d";
        for (String t : List.of(sb.toString(), lonely, "x" + sb)) {
            Utf8Buffer alone = new Utf8Buffer(16);
            alone.write(t);
            alone.write("\ude00");
            assertThat(written(alone)).isEqualTo((t + "\ude00").getBytes(StandardCharsets.UTF_8));
            Utf8Buffer b = new Utf8Buffer(16);
            b.write("before \ud83d");
            b.write(t);
            b.write("\ude00 after");
            String all = "before \ud83d" + t + "\ude00 after";
            assertThat(written(b)).isEqualTo(all.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void utf8BytesAreCopiedAsTheyAreBetweenTextAndALoneSurrogateBeforeThemBecomesAQuestionMark() {
        String body = "<p>caf\u00e9 \u203a \ud83d\ude00</p>";
        Utf8Buffer b = new Utf8Buffer(4);
        b.write("<div>");
        b.writeUtf8(("x" + body + "y").getBytes(StandardCharsets.UTF_8), 1, body.getBytes(StandardCharsets.UTF_8).length);
        b.write("</div>");
        assertThat(new String(written(b), StandardCharsets.UTF_8)).isEqualTo("<div>" + body + "</div>");
        b.reset();
        b.write("\ud83d");
        b.writeUtf8(body.getBytes(StandardCharsets.UTF_8), 0, 3);
        assertThat(new String(written(b), StandardCharsets.UTF_8)).isEqualTo("?<p>");
    }

    @Test
    void aResetBufferStartsEmpty() {
        Utf8Buffer b = new Utf8Buffer(8);
        b.write("first page, longer than the array");
        b.reset();
        b.write("second");
        assertThat(new String(written(b), StandardCharsets.UTF_8)).isEqualTo("second");
    }
}
