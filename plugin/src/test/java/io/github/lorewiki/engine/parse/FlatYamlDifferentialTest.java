package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.model.FrontMatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flat front-matter reader against SnakeYAML: where it answers, the same node tree; in every
 * case the same front matter, positions and diagnostics as reading with SnakeYAML alone.
 */
class FlatYamlDifferentialTest {
    private static final String PATH = "src/page.md";

    /** Front matter the flat reader must understand itself. */
    static final List<String> FLAT = List.of(
            "title: Hello\n",
            "title: \"Global Synthesis Ladder\"\nsummary: \"Late without formal one, you new.\"\ntags: [documentation, tools, sociology]\n",
            "title: 'It''s here'\nsummary: 'a \"quoted\" word'\naliases: ['x', \"y\", z]\n",
            "title: Spaces   inside  kept   \nsummary:    leading spaces skipped\n",
            "title: Hello # a comment\ntags: [a, b] # another\nsummary: \"q\"   # after quotes\n",
            "title: C# and F#, a#b, 100%\nsummary: a, b, [c], {d}, e:f? no:just text:x\n",
            "title: ＦＵＬＬ width\n",
            "title: 10:30\norder: 3\ndraft: true\nweight: 2.5\nnothing: ~\nalso: null\nyes: yes\nneg: +7\n",
            "order: -1\ntitle: -dash\nsummary: -x-y\n",
            "title:\nsummary:\ntags:\naliases:\ndraft:\norder:\n",
            "title: # only a comment\nsummary:   \n",
            "tags:\n  - a\n  - b\n  - 'c d'\n  - \"e\"\n",
            "tags:\n- a\n- b\nsummary: after an unindented list\n",
            "tags:\n    - deep\n    - indent\ntitle: T\n",
            "tags:\n\n  - a\n\n  - b\n\ntitle: blank lines around\n",
            "# leading comment\n\ntitle: T\n# between\ntags: [a]\n\n# trailing\n",
            "tags:\n  - a # comment\n# column-0 comment inside\n  - b\n",
            "tags: []\naliases: [ ]\nempty: ''\nempty2: \"\"\n",
            "tags: [ spaced , items ,x]\n",
            "tags: [1, true, null, 2.5, ~, \"3\"]\n",
            "tags: [it's, \"a\"]\n",
            "tags: [a&b, c*d, e!f, g|h, i>j, k%l, m@n, o`p, q-r, s\"t]\n",
            "title: Ünïcödé — “quotes” and ‘single’ 日本語\n",
            "title: T\ntitle: twice\n",
            "Title: case\ntitle: differs\n",
            "author: Ann\nsee-also: [x]\nkey_with.dots: v\n",
            "title: a 'quoted' middle\nsummary: ends with quote'\nx: trailing \\ backslash\n",
            "title: T",
            "tags: a single string\naliases: '  Org memory '\n",
            "title: '   '\nsummary:\ntags:\naliases: ['', ' x ', '  ']\ndraft:\norder:\n",
            "draft: soon\norder: many\ntitle: [a]\nsummary: [b]\n",
            "order: 99999999999\nnum: 0x1F\noct: 0o17\nexp: 1e3\ninf: .inf\n",
            "a: x-\nb: x?\nc: x!\nd: x&y\ne: x*y\nf: x|y\ng: x>y\n");

    /** Front matter the flat reader must leave to SnakeYAML (valid or not). */
    static final List<String> FALL_BACK = List.of(
            "",
            "# only a comment\n",
            "\n\n",
            "- a\n- b\n",
            "just text\n",
            "title: a: b\n",
            "title: ends with colon:\n",
            "title: foo\n  continued\n",
            "title: foo\n\n  continued after blank\n",
            "  title: indented\n",
            "title:\ttab\n",
            "title: x\r\n",
            "title: \"esc\\\"aped\"\n",
            "title: \"new\\nline\"\n",
            "title: \"unclosed\n",
            "title: 'unclosed\n",
            "title: \"two\nlines\"\n",
            "title: 'a' trailing\n",
            "title: \"a\"b\n",
            "tags: [a, [b]]\n",
            "tags: [a, {b: c}]\n",
            "tags: [a, b\n",
            "tags: [a,\n  b]\n",
            "tags: [a, ]\n",
            "tags: [a,, b]\n",
            "tags: [a] trailing\n",
            "tags: [a: b]\n",
            "tags: [a?b]\n",
            "tags: [#x]\n",
            "meta: {a: 1}\n",
            "anchor: &a value\nalias: *a\n",
            "typed: !!str 3\n",
            "block: |\n  literal\n",
            "folded: >\n  folded\n",
            "nested:\n  key: value\n",
            "tags:\n  - a\n   - b\n",
            "tags:\n  - a\n - b\n",
            "tags:\n  -\n  - b\n",
            "tags:\n  - [a]\n",
            "tags:\n  - - a\n",
            "tags:\n  -a\n",
            "tags:\n  - a: b\n",
            "tags:\n  - a\n    b\n",
            "tags:\n  - a\n  # indented comment\n  - b\n",
            "? complex key\n: value\n",
            "%YAML 1.2\ntitle: x\n",
            "key:value\n",
            "key :x\n",
            "2024: year\n",
            "-key: x\n",
            "\"quoted key\": x\n",
            "title: emoji 😀\n",
            "title: bom \uFEFF inside\n",
            "title: nel \u0085 inside\n",
            "title: ` backtick\n",
            "title: @at\n",
            "title: %percent\n",
            "title: !bang\n",
            "title: *star\n",
            "title: &amp\n",
            "title: |pipe\n",
            "title: >gt\n",
            "title: ? q\n",
            "title: - dash\n",
            "title: ,comma\n",
            "title: {brace\n",
            "title: ]bracket\n",
            "title: x\n  # indented comment\n",
            "title: x\n...\n",
            "k" + "e".repeat(1100) + ": long key\n");

    static Stream<String> flat() {
        return FLAT.stream();
    }

    static Stream<String> fallBack() {
        return FALL_BACK.stream();
    }

    @ParameterizedTest
    @MethodSource("flat")
    void flatFrontMatterIsReadWithoutSnakeYamlToTheSameTree(String yaml) {
        Optional<Node> fast = FlatYaml.compose(yaml);
        assertThat(fast).as("flat reader answers for:\n%s", yaml).isPresent();
        assertThat(YamlDump.of(fast)).as("tree of:\n%s", yaml).isEqualTo(YamlDump.of(snakeYaml(yaml, new Diagnostics())));
        assertSameFrontMatter(yaml);
    }

    @ParameterizedTest
    @MethodSource("fallBack")
    void anythingElseIsLeftToSnakeYaml(String yaml) {
        assertThat(FlatYaml.compose(yaml)).as("flat reader declines:\n%s", yaml).isEmpty();
        assertSameFrontMatter(yaml);
    }

    @Test
    void shuffledLinesGiveTheSameResultAsSnakeYaml() {
        Random random = new Random(20261129);
        List<String> lines = new ArrayList<>();
        for (String yaml : FLAT) lines.addAll(List.of(yaml.split("(?<=\n)")));
        for (String yaml : FALL_BACK) lines.addAll(List.of(yaml.split("(?<=\n)")));
        int flat = 0;
        for (int doc = 0; doc < 2000; doc++) {
            StringBuilder yaml = new StringBuilder();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) yaml.append(lines.get(random.nextInt(lines.size())));
            String text = yaml.toString();
            Optional<Node> fast = FlatYaml.compose(text);
            if (fast.isPresent()) {
                flat++;
                assertThat(YamlDump.of(fast)).as("tree of:\n%s", text).isEqualTo(YamlDump.of(snakeYaml(text, new Diagnostics())));
            }
            assertSameFrontMatter(text);
        }
        assertThat(flat).as("documents read by the flat reader").isBetween(200, 1800);
    }

    /** Reading the front matter as Lore does against handing SnakeYAML's tree to the same reader. */
    private static void assertSameFrontMatter(String yaml) {
        YamlSource source = new YamlSource(PATH, 2);
        Diagnostics fastDiagnostics = new Diagnostics();
        FrontMatter fast = new FrontMatterParser().read(yaml, source, fastDiagnostics);
        Diagnostics slowDiagnostics = new Diagnostics();
        FrontMatter slow = new FrontMatterParser().read(snakeYaml(yaml, slowDiagnostics), source, slowDiagnostics);

        assertThat(fast).as("front matter of:\n%s", yaml).isEqualTo(slow);
        assertThat(messages(fastDiagnostics)).as("diagnostics of:\n%s", yaml).isEqualTo(messages(slowDiagnostics));
    }

    private static Optional<Node> snakeYaml(String yaml, Diagnostics diagnostics) {
        return new YamlSource(PATH, 2).compose(yaml, FrontMatterParser.RULE, diagnostics);
    }

    private static List<String> messages(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }
}
