package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lore's parser, with its gated table and autolink passes, against flexmark's stock parser for the
 * same options: the same tree, node for node, and the same HTML.
 */
class MarkdownDifferentialTest {
    private static final Parser STOCK = Parser.builder(Markdown.OPTIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(Markdown.OPTIONS).build();

    static Stream<String> samples() {
        return MarkdownSamples.documents().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sameTreeAndHtmlAsStockFlexmark(String markdown) {
        assertSame(markdown);
    }

    @Test
    void sameTreeAndHtmlForEveryMarkdownFileOfTheTestWikis() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) assertSame(read(file));
    }

    @Test
    void theSamplesDoExerciseTheGates() {
        // a comparison where nothing is gated would prove nothing
        List<String> docs = MarkdownSamples.documents();
        long tables = docs.stream().map(Markdown::parse).filter(d -> TreeDump.of(d).contains(".TableBlock ")).count();
        long links = docs.stream().map(Markdown::parse).filter(d -> TreeDump.of(d).contains(".AutoLink ")).count();
        long mails = docs.stream().map(Markdown::parse).filter(d -> TreeDump.of(d).contains(".MailLink ")).count();
        long plain = docs.stream().filter(d -> !AutolinkGate.mayHoldLink(d)).count();
        assertThat(tables).isGreaterThan(50);
        assertThat(links).isGreaterThan(50);
        assertThat(mails).isGreaterThan(20);
        assertThat(plain).isGreaterThan(20);
    }

    @Test
    void theDocumentCheckAgreesWithTheTextNodeCheck() {
        // the whole-document check is written differently for speed; it must answer the same
        List<String> texts = new ArrayList<>(MarkdownSamples.documents());
        Random random = new Random(7);
        String alphabet = "wW.:/@&\\ ax";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(AutolinkGate.mayHoldLink(text)).as(text).isEqualTo(AutolinkGate.mayHoldLink((CharSequence) text));
        }
    }

    private static void assertSame(String markdown) {
        Document stock = STOCK.parse(markdown);
        Document lore = Markdown.parse(markdown);
        assertThat(TreeDump.of(lore)).as("tree of:\n%s", markdown).isEqualTo(TreeDump.of(stock));
        assertThat(HTML.render(lore)).as("html of:\n%s", markdown).isEqualTo(HTML.render(stock));
    }

    /** Some test files are deliberately not UTF-8: they are compared as they decode, with replacements. */
    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
