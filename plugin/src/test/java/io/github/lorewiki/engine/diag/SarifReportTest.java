package io.github.lorewiki.engine.diag;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {
    private static final List<SarifReport.RuleInfo> RULES = List.of(
            new SarifReport.RuleInfo("link.anchor", "A link's #anchor matches no heading of its page.", null),
            new SarifReport.RuleInfo("link.unresolved", "A wikilink names no page.", Severity.ERROR));

    private static JsonNode parse(String json) {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void anEmptyRunIsValidAndListsTheRulesWithTheirLevelInThisRun() {
        String sarif = SarifReport.format(List.of(), RULES, "1.2.3");
        assertThat(ReportSchemas.sarifProblems(sarif)).isEmpty();
        JsonNode driver = parse(sarif).get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("version").asString()).isEqualTo("1.2.3");
        assertThat(driver.get("rules").get(0).get("defaultConfiguration").get("enabled").asBoolean()).as("a rule that is off").isFalse();
        assertThat(driver.get("rules").get(1).get("defaultConfiguration").get("level").asString()).isEqualTo("error");
        assertThat(parse(sarif).get("runs").get(0).get("results").size()).isZero();
    }

    @Test
    void textIsEscapedAndPathsBecomeUris() {
        Diagnostic d = new Diagnostic(Severity.WARNING, "link.unresolved", new SourcePos("wiki/Ärger & \"Co\"/a b#1.md", 3, 7),
                "unresolved link [[Tab\there \\ \"quoted\" \u0001]]", "line\nbreak");
        String sarif = SarifReport.format(List.of(d), RULES, null);
        assertThat(ReportSchemas.sarifProblems(sarif)).isEmpty();
        JsonNode result = parse(sarif).get("runs").get(0).get("results").get(0);
        assertThat(result.get("message").get("text").asString()).isEqualTo("unresolved link [[Tab\there \\ \"quoted\" \u0001]]; line\nbreak");
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo("wiki/%C3%84rger%20&%20%22Co%22/a%20b%231.md");
        assertThat(location.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(3);
        assertThat(location.get("region").get("startColumn").asInt()).isEqualTo(7);
        assertThat(parse(sarif).get("runs").get(0).get("tool").get("driver").has("version")).isFalse();
    }

    @Test
    void aWholeFileProblemHasNoRegionAndAnAbsolutePathIsAFileUri() {
        Diagnostic d = new Diagnostic(Severity.ERROR, "config.source", SourcePos.file("/tmp/no such/wiki"), "source folder does not exist", "");
        String sarif = SarifReport.format(List.of(d), RULES, null);
        assertThat(ReportSchemas.sarifProblems(sarif)).isEmpty();
        JsonNode location = parse(sarif).get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation");
        assertThat(location.has("region")).isFalse();
        assertThat(location.get("artifactLocation").get("uri").asString()).isEqualTo("file:///tmp/no%20such/wiki");
        assertThat(location.get("artifactLocation").has("uriBaseId")).isFalse();
    }

    @Test
    void aRuleNotAmongTheKnownRulesGetsItsOwnEntry() {
        Diagnostic d = new Diagnostic(Severity.WARNING, "glossary.unused", new SourcePos("a.md", 1, 1), "unused term", "");
        JsonNode run = parse(SarifReport.format(List.of(d), RULES, null)).get("runs").get(0);
        assertThat(run.get("results").get(0).get("ruleIndex").asInt()).isEqualTo(2);
        assertThat(run.get("tool").get("driver").get("rules").get(2).get("id").asString()).isEqualTo("glossary.unused");
    }

    @Test
    void aBrokenSarifLogIsRejectedByTheSchema() {
        assertThat(ReportSchemas.sarifProblems("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}")).isNotEmpty();
    }
}
