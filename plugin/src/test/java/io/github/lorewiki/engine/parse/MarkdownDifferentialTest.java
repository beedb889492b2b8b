package io.github.lorewiki.engine.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lore's parser, with its gated table and autolink passes and block parsers, against flexmark's stock
 * parser for the same options: the same tree, node for node with its segments, and the same HTML.
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

    /**
     * On demand, over a whole wiki's Markdown files (such as the benchmark corpus), bodies after the front
     * matter and the files as they are: {@code -Dlore.markdown.corpus=/path/to/wiki}.
     */
    @Test
    void sameTreeAndHtmlForEveryMarkdownFileOfAGivenWiki() throws IOException {
        String root = System.getProperty("lore.markdown.corpus");
        Assumptions.assumeTrue(root != null && !root.isBlank(), "set -Dlore.markdown.corpus to run");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(root))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String text = read(file);
            assertSame(text);
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 4);
                if (end > 0) assertSame(text.substring(end + 5));
            }
        }
    }

    @Test
    void theBlockParsersAreAskedInTheSameOrder() throws ReflectiveOperationException {
        // flexmark asks block parsers in an order resolved from their declared dependencies; a gate must sit where its core parser did
        Field factories = Parser.class.getDeclaredField("blockParserFactories");
        factories.setAccessible(true);
        List<String> stock = new ArrayList<>(), lore = new ArrayList<>();
        for (Object f : (List<?>) factories.get(STOCK)) stock.add(f.getClass().getName());
        for (Object f : (List<?>) factories.get(Markdown.parser())) lore.add(BlockGates.coreClassOf(f.getClass()).getName());
        assertThat(lore).isEqualTo(stock);
        assertThat(String.join(" ", stock)).contains("HeadingParser", "ThematicBreakParser", "FencedCodeBlockParser", "ListBlockParser",
                "HtmlBlockParser", "BlockQuoteParser", "IndentedCodeBlockParser", "DefinitionItemBlockParser");
    }

    @Test
    void theSamplesDoExerciseTheBlockGates() {
        List<String> dumps = MarkdownSamples.documents().stream().map(Markdown::parse).map(TreeDump::of).toList();
        // ATX headings have an opening marker ("textOpen"), setext ones only a closing one
        assertThat(dumps.stream().filter(d -> d.lines().anyMatch(l -> l.contains(".Heading ") && l.contains("textOpen:"))).count()).isGreaterThan(50);
        assertThat(dumps.stream().filter(d -> d.lines().anyMatch(l -> l.contains(".Heading ") && !l.contains("textOpen:"))).count()).isGreaterThan(50);
        assertThat(dumps.stream().filter(d -> d.contains(".ThematicBreak ")).count()).isGreaterThan(50);
        assertThat(dumps.stream().filter(d -> d.contains(".FencedCodeBlock ")).count()).isGreaterThan(50);
        assertThat(dumps.stream().filter(d -> d.contains(".BulletList ") && d.contains(".OrderedList ")).count()).isGreaterThan(20);
        assertThat(dumps.stream().filter(d -> d.contains(".HtmlBlock ")).count()).as("HTML blocks").isGreaterThan(20);
        assertThat(dumps.stream().filter(d -> d.contains(".BlockQuote ")).count()).as("block quotes").isGreaterThan(20);
        assertThat(dumps.stream().filter(d -> d.contains(".IndentedCodeBlock ")).count()).as("indented code").isGreaterThan(20);
        assertThat(dumps.stream().filter(d -> d.contains(".DefinitionList ")).count()).as("definition lists").isGreaterThan(20);
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
        String alphabet = "wW.:/@&\\ ax\u0175\u20ac\u00e9";
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
