package io.github.lorewiki.engine.parse;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.model.FrontMatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Hostile YAML in front matter (alias bombs, deep nesting, type tags) is refused with a diagnostic, never a crash or a hang. */
class HostileYamlTest extends FrontMatterParsing {
    // ---------------------------------------------------------------- hostile YAML

    @Test
    void billionLaughsIsRefusedWithADiagnostic() {
        String bomb = """
                ---
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                ---
                Body
                """;
        FrontMatter fm = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> frontMatter(bomb));
        assertThat(fm.extra()).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
            assertThat(d.rule()).isEqualTo("frontmatter.invalid");
            assertThat(d.pos().path()).isEqualTo(PATH);
            assertThat(d.pos().line()).isGreaterThanOrEqualTo(2);
        });
    }

    /**
     * Fewer aliases than the alias limit can still expand a few kilobytes into millions of values:
     * 2,000 items, tripled six times with 18 aliases, are 1.4 million values once expanded.
     */
    @Test
    void aliasBombBelowTheAliasLimitIsRefused() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x");
        yaml.append(",x".repeat(1999)).append("]\n");
        String prev = "a";
        for (String name : List.of("b", "c", "d", "e", "f", "g")) {
            yaml.append(name).append(": &").append(name).append(" [*").append(prev).append(",*").append(prev)
                    .append(",*").append(prev).append("]\n");
            prev = name;
        }
        yaml.append("---\nBody\n");
        FrontMatter fm = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> frontMatter(yaml.toString()));
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> assertThat(d.rule()).isEqualTo("frontmatter.invalid"));
        assertThat(fm.extra()).isEmpty();
    }

    @Test
    void moderateAliasesAreExpanded() {
        FrontMatter fm = frontMatter("---\nbase: &b {x: 1}\ncopy: *b\n---\n");
        assertThat(problems()).isEmpty();
        assertThat(fm.extra().get("copy")).isEqualTo(Map.of("x", 1L));
    }

    @Test
    void deepNestingIsRefused() {
        String text = "---\ntitle: T\nx: " + "[".repeat(40) + "]".repeat(40) + "\n---\nBody\n";
        FrontMatter fm = frontMatter(text);
        assertThat(fm.extra()).isEmpty();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
            assertThat(d.rule()).isEqualTo("frontmatter.invalid");
            assertThat(d.message()).contains("nested deeper than");
        });
    }

    @Test
    void deepNestingOfBlockMappingsIsRefused() {
        StringBuilder yaml = new StringBuilder("---\n");
        for (int i = 0; i < 40; i++) yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        yaml.append("  ".repeat(40)).append("leaf\n---\n");
        frontMatter(yaml.toString());
        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("nested deeper than"));
    }

    @Test
    void nestingWithinTheLimitIsAccepted() {
        frontMatter("---\nx: " + "[".repeat(10) + "1" + "]".repeat(10) + "\n---\n");
        assertThat(problems()).isEmpty();
    }

    @Test
    void veryDeepNestingIsRefusedWithoutCrashing() {
        String text = "---\nx: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n---\nBody\n";
        assertThatCode(() -> frontMatter(text)).doesNotThrowAnyException();
        assertThat(diagnostics.sorted()).singleElement().satisfies(d -> assertThat(d.rule()).isEqualTo("frontmatter.invalid"));
    }

    @Test
    void deepNestingInAKeyIsRefused() {
        String text = "---\n? " + "[".repeat(40) + "]".repeat(40) + "\n: v\n---\nBody\n";
        FrontMatter fm = frontMatter(text);
        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("nested deeper than"));
        assertThat(fm.extra()).isEmpty();
    }

    @Test
    void javaTypeTagsInstantiateNothing() {
        FrontMatter fm = frontMatter("""
                ---
                obj: !!java.lang.Object {}
                gadget: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
                local: !thing value
                title: !!str 42
                ---
                """);
        assertThat(problems()).isEmpty();
        assertThat(fm.title()).isEqualTo("42");
        assertThat(fm.extra().get("obj")).isEqualTo(Map.of());
        assertThat(fm.extra().get("gadget")).isEqualTo(List.of(List.of(List.of(List.of("http://localhost/")))));
        assertThat(fm.extra().get("local")).isEqualTo("value");
        assertOnlyPlainValues(fm.extra());
    }

    private static void assertOnlyPlainValues(Object value) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                assertThat(k).isInstanceOf(String.class);
                assertOnlyPlainValues(v);
            });
        } else if (value instanceof List<?> l) {
            l.forEach(HostileYamlTest::assertOnlyPlainValues);
        } else {
            assertThat(value).isInstanceOfAny(String.class, Long.class, Double.class, Boolean.class);
        }
    }
}
