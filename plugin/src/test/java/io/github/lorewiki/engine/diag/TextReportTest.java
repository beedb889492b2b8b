package io.github.lorewiki.engine.diag;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextReportTest {
    private static Diagnostic d(Severity s, String rule, String path, int line) {
        return new Diagnostic(s, rule, new SourcePos(path, line, line == 0 ? 0 : 3), "something is wrong", line == 0 ? "" : "fix it");
    }

    @Test
    void linesAreTheDiagnosticsThenASummaryPerRuleAndSeverity() {
        List<Diagnostic> list = List.of(
                d(Severity.WARNING, "link.unresolved", "wiki/a.md", 4),
                d(Severity.ERROR, "frontmatter.invalid", "wiki/b.md", 2),
                d(Severity.WARNING, "page.orphan", "wiki/c.md", 0),
                d(Severity.WARNING, "link.unresolved", "wiki/c.md", 9),
                d(Severity.ERROR, "link.unresolved", "wiki/d.md", 1));
        assertThat(TextReport.format(list)).isEqualTo("""
                wiki/a.md:4:3: warning: something is wrong; fix it [link.unresolved]
                wiki/b.md:2:3: error: something is wrong; fix it [frontmatter.invalid]
                wiki/c.md: warning: something is wrong [page.orphan]
                wiki/c.md:9:3: warning: something is wrong; fix it [link.unresolved]
                wiki/d.md:1:3: error: something is wrong; fix it [link.unresolved]
                5 problems: 2 errors, 3 warnings
                  frontmatter.invalid  1 error
                  link.unresolved      1 error, 2 warnings
                  page.orphan          1 warning
                """);
    }

    @Test
    void oneProblemAndNone() {
        assertThat(TextReport.summary(List.of(d(Severity.ERROR, "page.encoding", "a.md", 0))))
                .containsExactly("1 problem: 1 error, 0 warnings", "  page.encoding  1 error");
        assertThat(TextReport.format(List.of())).isEqualTo("No problems found.\n");
        assertThat(TextReport.counts(0, 1)).isEqualTo("0 errors, 1 warning");
    }
}
