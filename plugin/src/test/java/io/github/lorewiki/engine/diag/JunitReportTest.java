package io.github.lorewiki.engine.diag;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JunitReportTest {

    @Test
    void oneTestCasePerFileAndOneFailurePerProblem() {
        List<Diagnostic> list = List.of(
                new Diagnostic(Severity.WARNING, "link.unresolved", new SourcePos("wiki/a.md", 2, 5), "unresolved link [[X]]", ""),
                new Diagnostic(Severity.ERROR, "frontmatter.invalid", new SourcePos("wiki/a.md", 3, 1), "bad", "fix it"),
                new Diagnostic(Severity.ERROR, "config.rules", SourcePos.file("lore.check.rules"), "unknown rule 'x'", ""));
        String xml = JunitReport.format(list, List.of("wiki/b.md", "wiki/a.md"));
        assertThat(ReportSchemas.junitProblems(xml)).isEmpty();
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="lore.check" tests="3" failures="2" errors="0" skipped="0">
                  <testcase classname="lore.check" name="lore.check.rules">
                    <failure type="config.rules" message="lore.check.rules: error: unknown rule &apos;x&apos; [config.rules]">lore.check.rules: error: unknown rule &apos;x&apos; [config.rules]</failure>
                  </testcase>
                  <testcase classname="lore.check" name="wiki/a.md">
                    <failure type="link.unresolved" message="wiki/a.md:2:5: warning: unresolved link [[X]] [link.unresolved]">wiki/a.md:2:5: warning: unresolved link [[X]] [link.unresolved]</failure>
                    <failure type="frontmatter.invalid" message="wiki/a.md:3:1: error: bad; fix it [frontmatter.invalid]">wiki/a.md:3:1: error: bad; fix it [frontmatter.invalid]</failure>
                  </testcase>
                  <testcase classname="lore.check" name="wiki/b.md"/>
                </testsuite>
                """);
    }

    @Test
    void markupLineBreaksAndCharactersXmlForbidsAreEscaped() {
        Diagnostic d = new Diagnostic(Severity.WARNING, "link.file", new SourcePos("wiki/<&>.md", 1, 1),
                "link 'a\"b' \u0007 \uD83D\uDE00 \uD800", "first\nsecond\ttab");
        String xml = JunitReport.format(List.of(d), List.of());
        assertThat(ReportSchemas.junitProblems(xml)).isEmpty();
        assertThat(xml).contains("name=\"wiki/&lt;&amp;&gt;.md\"")
                .contains("link &apos;a&quot;b&apos; \uFFFD \uD83D\uDE00 \uFFFD; first&#10;second&#9;tab [link.file]");
    }

    @Test
    void aCleanRunIsAllPassingTestCases() {
        String xml = JunitReport.format(List.of(), List.of("wiki/a.md"));
        assertThat(ReportSchemas.junitProblems(xml)).isEmpty();
        assertThat(xml).contains("tests=\"1\" failures=\"0\"").contains("<testcase classname=\"lore.check\" name=\"wiki/a.md\"/>");
    }

    @Test
    void theSchemaRejectsWhatIsNotJunitXml() {
        assertThat(ReportSchemas.junitProblems("<testsuite name=\"x\"><testcase/></testsuite>")).isNotEmpty();
    }
}
