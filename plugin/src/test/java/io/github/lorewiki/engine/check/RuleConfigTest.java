package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Diagnostics;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RuleConfigTest {
    @TempDir
    Path dir;

    /** Two pages that link each other, one with a broken link and one with a front matter error. */
    private static final String WIKI = """
            -- a.md --
            # A
            See [[B]] and [[Missing]].
            -- b.md --
            ---
            order: first
            ---
            # B
            See [[A]].
            """;

    private static Diagnostic diagnostic(Severity severity, String rule) {
        return new Diagnostic(severity, rule, new SourcePos("a.md", 1, 1), "message", "");
    }

    private static Diagnostics report(String spec) {
        Diagnostics d = new Diagnostics();
        RuleConfig.parse(spec).report(d);
        return d;
    }

    @Test
    void defaultsKeepEveryDiagnosticAsReported() {
        Diagnostic d = diagnostic(Severity.WARNING, "page.orphan");
        assertThat(RuleConfig.DEFAULTS.apply(d)).isSameAs(d);
        assertThat(RuleConfig.parse(null)).isSameAs(RuleConfig.DEFAULTS);
        assertThat(RuleConfig.parse("  ")).isSameAs(RuleConfig.DEFAULTS);
    }

    @Test
    void levelsAreSetByRuleIdSeparatedByCommasSemicolonsOrSpace() {
        RuleConfig rules = RuleConfig.parse("page.orphan=error; link.anchor = off,\n  page.empty=WARNING frontmatter.invalid=warning");
        assertThat(rules.hasProblems()).isFalse();
        assertThat(rules.apply(diagnostic(Severity.WARNING, "page.orphan")).severity()).isEqualTo(Severity.ERROR);
        assertThat(rules.apply(diagnostic(Severity.WARNING, "link.anchor"))).isNull();
        assertThat(rules.apply(diagnostic(Severity.WARNING, "page.empty")).severity()).isEqualTo(Severity.WARNING);
        assertThat(rules.apply(diagnostic(Severity.ERROR, "frontmatter.invalid")).severity()).isEqualTo(Severity.WARNING);
        assertThat(rules.apply(diagnostic(Severity.WARNING, "link.unresolved")).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aFamilySetsAllItsRulesAndAFullIdWinsOverItsFamily() {
        for (String spec : new String[]{"link.*=error,link.anchor=off", "link.anchor=off,link.*=error"}) {
            RuleConfig rules = RuleConfig.parse(spec);
            assertThat(rules.level("link.file", Severity.WARNING)).as(spec).contains(Severity.ERROR);
            assertThat(rules.level("link.unresolved", Severity.WARNING)).as(spec).contains(Severity.ERROR);
            assertThat(rules.level("link.anchor", Severity.WARNING)).as(spec).isEmpty();
            assertThat(rules.level("page.orphan", Severity.WARNING)).as(spec).contains(Severity.WARNING);
        }
    }

    @Test
    void aLaterEntryForTheSameRuleWins() {
        assertThat(RuleConfig.parse("page.orphan=off,page.orphan=error").level("page.orphan", Severity.WARNING)).contains(Severity.ERROR);
    }

    @Test
    void rulesLoreDoesNotKnowKeepTheirSeverityUnlessTheirFamilyIsSet() {
        Diagnostic future = diagnostic(Severity.WARNING, "link.future");
        assertThat(RuleConfig.parse("page.orphan=error").apply(future)).isSameAs(future);
        assertThat(RuleConfig.parse("link.*=error").apply(future).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void anUnknownRuleIsAConfigErrorThatNamesTheKnownRules() {
        Diagnostics d = report("page.orphn=error");
        assertThat(d.sorted()).hasSize(1);
        Diagnostic e = d.sorted().get(0);
        assertThat(e.severity()).isEqualTo(Severity.ERROR);
        assertThat(e.rule()).isEqualTo("config.rules");
        assertThat(e.pos()).isEqualTo(SourcePos.file("lore.check.rules"));
        assertThat(e.format()).startsWith("lore.check.rules: error: unknown rule 'page.orphn' in lore.check.rules; did you mean 'page.orphan'? known rules: ")
                .contains("frontmatter.invalid, glossary.defines, ").contains("glossary.yaml, link.ambiguous, link.anchor, ")
                .contains("output.collision, page.dead-end, page.duplicate-title, page.empty, page.encoding, page.orphan, page.unparsable, page.unreadable")
                .doesNotContain("config.source").doesNotContain("template.missing")
                .endsWith("[config.rules]");
    }

    @Test
    void aLevelMustBeErrorWarningOrOff() {
        assertThat(report("page.orphan=fatal").sorted()).extracting(Diagnostic::format).containsExactly(
                "lore.check.rules: error: 'page.orphan=fatal': the level must be error, warning or off; "
                        + "write page.orphan=error, page.orphan=warning or page.orphan=off [config.rules]");
        assertThat(report("page.orphan").sorted()).extracting(Diagnostic::format).containsExactly(
                "lore.check.rules: error: 'page.orphan' has no level; "
                        + "write it as page.orphan=error, page.orphan=warning or page.orphan=off [config.rules]");
    }

    @Test
    void configurationAndTemplateRulesCannotBeChanged() {
        assertThat(report("config.source=off, template.*=warning, nothing.*=off").sorted()).extracting(Diagnostic::message).containsExactlyInAnyOrder(
                "'config.source' cannot be changed: configuration and template problems always stop the build",
                "'template.*=warning' cannot be changed: configuration and template problems always stop the build",
                "'nothing.*=off' matches no rule");
        RuleConfig rules = RuleConfig.parse("config.source=off");
        Diagnostic d = diagnostic(Severity.ERROR, "config.source");
        assertThat(rules.apply(d)).isSameAs(d);
    }

    @Test
    void aConfigurationProblemStopsTheRunBeforeAnythingIsRead() {
        BuildResult r = CheckRun.check(dir, WIKI, RuleConfig.parse("link.unresolvd=off"));
        assertThat(r.diagnostics()).extracting(Diagnostic::rule).containsExactly("config.rules");
        assertThat(r.articles()).isZero();
    }

    @Test
    void aWarningRaisedToAnErrorStopsTheBuild() {
        BuildResult r = CheckRun.build(dir, WIKI, RuleConfig.parse("link.unresolved=error,frontmatter.invalid=warning"));
        assertThat(r.written()).isFalse();
        assertThat(r.diagnostics()).extracting(d -> d.severity() + " " + d.rule())
                .containsExactly("ERROR link.unresolved", "WARNING frontmatter.invalid");
    }

    @Test
    void anErrorLoweredToAWarningLetsTheBuildWriteAndOffDropsTheRule() {
        BuildResult r = CheckRun.build(dir, WIKI, RuleConfig.parse("frontmatter.invalid=warning,link.unresolved=off"));
        assertThat(r.written()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::format).containsExactly(
                "src/b.md:2:8: warning: 'order' must be a whole number, found text; change the value of 'order' [frontmatter.invalid]");
    }
}
