package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.LoreEngine;
import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.ReportSchemas;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.diag.SourcePos;
import io.github.lorewiki.engine.diag.TextReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixture wiki {@code src/test/resources/check/every-rule/} has exactly one instance of every problem
 * content can have. Its text report, SARIF and JUnit XML are golden files in {@code expected/}; refresh
 * them after an intended change with
 * {@code mvn -pl plugin test -Dtest=EveryRuleTest -Dlore.golden.update=true} and review the diff like code.
 */
class EveryRuleTest {
    private static final Path CASE = Path.of("src/test/resources/check/every-rule");
    private static final Path EXPECTED = CASE.resolve("expected");
    private static final boolean UPDATE = Boolean.getBoolean("lore.golden.update");
    /** Rules no content can trigger in a check: the run's own problems, and rules of other source kinds. */
    private static final Set<String> NOT_FROM_CONTENT = Set.of("page.unreadable");

    @TempDir
    static Path tmp;
    static BuildResult result;
    static Path reports;

    @BeforeAll
    static void checkOnce() {
        reports = tmp.resolve("check-reports");
        result = new LoreEngine(RuleConfig.DEFAULTS, reports).check(request(tmp.resolve("site")));
    }

    private static BuildRequest request(Path output) {
        return new BuildRequest(CASE.resolve("wiki"), output, null, CASE, "Every rule", "", false, 2);
    }

    @Test
    void reportTextMatchesGolden() throws IOException {
        golden(TextReport.format(result.diagnostics()), "report.txt");
    }

    @Test
    void everyRuleContentCanBreakIsReportedOnce() {
        Map<String, Long> counts = result.diagnostics().stream().collect(Collectors.groupingBy(Diagnostic::rule, TreeMap::new, Collectors.counting()));
        Set<String> expected = new TreeSet<>();
        for (Rule r : Rules.all()) {
            String family = r.id().substring(0, r.id().indexOf('.'));
            if (r.configurable() && !family.equals("comparison") && !family.equals("glossary") && !NOT_FROM_CONTENT.contains(r.id())) expected.add(r.id());
        }
        assertThat(counts.keySet()).containsExactlyElementsOf(expected);
        // one pair of pages sharing a title: the problem is reported on both
        assertThat(counts).allSatisfy((rule, n) -> assertThat(n).as(rule).isEqualTo(rule.equals("page.duplicate-title") ? 2 : 1));
    }

    @Test
    void eachRuleIsReportedAtItsDefaultSeverity() {
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.severity()).as(d.format()).isEqualTo(Rules.find(d.rule()).severity()));
    }

    @Test
    void positionsPointIntoTablesListsFootnotesAndFrontMatter() {
        assertThat(pos("link.unresolved")).as("in a table cell").isEqualTo(new SourcePos("wiki/memory.md", 12, 26));
        assertThat(pos("link.ambiguous")).as("in an ordered list").isEqualTo(new SourcePos("wiki/memory.md", 17, 8));
        assertThat(pos("link.file")).as("at the start of a list item").isEqualTo(new SourcePos("wiki/memory.md", 18, 4));
        assertThat(pos("link.draft")).as("after a footnote reference").isEqualTo(new SourcePos("wiki/memory.md", 24, 58));
        assertThat(pos("link.anchor")).as("in a footnote, to the same page").isEqualTo(new SourcePos("wiki/memory.md", 26, 19));
        assertThat(pos("frontmatter.invalid")).as("at the front matter value").isEqualTo(new SourcePos("wiki/b/notes.md", 3, 8));
        assertThat(pos("page.orphan")).as("a whole-file problem has no line").isEqualTo(SourcePos.file("wiki/lonely.md"));
    }

    private static SourcePos pos(String rule) {
        return result.diagnostics().stream().filter(d -> d.rule().equals(rule)).findFirst().orElseThrow().pos();
    }

    @Test
    void checkWritesNoSite() {
        assertThat(tmp.resolve("site")).doesNotExist();
        assertThat(result.written()).isFalse();
        assertThat(result.articles()).isEqualTo(8);
    }

    @Test
    void sarifIsValidAndHasEveryResultWithItsLocation() throws IOException {
        String sarif = Files.readString(reports.resolve(CheckReports.SARIF));
        assertThat(ReportSchemas.sarifProblems(sarif)).isEmpty();
        golden(sarif, CheckReports.SARIF);

        JsonNode log = new ObjectMapper().readTree(sarif);
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(driver.get("name").asString()).isEqualTo("Lore");
        List<String> ruleIds = new ArrayList<>();
        for (JsonNode r : driver.get("rules")) {
            ruleIds.add(r.get("id").asString());
            assertThat(r.get("shortDescription").get("text").asString()).isEqualTo(Rules.find(r.get("id").asString()).description());
        }
        assertThat(ruleIds).containsExactlyElementsOf(Rules.all().stream().map(Rule::id).toList());

        JsonNode results = run.get("results");
        assertThat(results.size()).isEqualTo(result.diagnostics().size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode res = results.get(i);
            Diagnostic d = result.diagnostics().get(i);
            assertThat(res.get("ruleId").asString()).isEqualTo(d.rule());
            assertThat(ruleIds.get(res.get("ruleIndex").asInt())).isEqualTo(d.rule());
            assertThat(res.get("level").asString()).isEqualTo(d.severity() == Severity.ERROR ? "error" : "warning");
            assertThat(res.get("message").get("text").asString()).startsWith(d.message());
            JsonNode physical = res.get("locations").get(0).get("physicalLocation");
            assertThat(physical.get("artifactLocation").get("uri").asString()).isEqualTo(d.pos().path());
            if (d.pos().line() == 0) {
                assertThat(physical.has("region")).as(d.format()).isFalse();
            } else {
                assertThat(physical.get("region").get("startLine").asInt()).isEqualTo(d.pos().line());
                assertThat(physical.get("region").get("startColumn").asInt()).isEqualTo(d.pos().column());
            }
        }
    }

    @Test
    void junitXmlIsValidWithOneTestCasePerCheckedFile() throws Exception {
        String xml = Files.readString(reports.resolve(CheckReports.JUNIT));
        assertThat(ReportSchemas.junitProblems(xml)).isEmpty();
        golden(xml, CheckReports.JUNIT);

        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element suite = doc.getDocumentElement();
        assertThat(suite.getAttribute("name")).isEqualTo("lore.check");
        Map<String, List<String>> failures = new TreeMap<>();
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            List<String> list = new ArrayList<>();
            NodeList fs = c.getElementsByTagName("failure");
            for (int j = 0; j < fs.getLength(); j++) {
                Element f = (Element) fs.item(j);
                list.add(f.getAttribute("type") + " | " + f.getAttribute("message"));
            }
            failures.put(c.getAttribute("name"), list);
        }
        List<String> markdown;
        try (Stream<Path> files = Files.walk(CASE.resolve("wiki"))) {
            markdown = files.map(p -> CASE.relativize(p).toString().replace('\\', '/')).filter(p -> p.endsWith(".md")).sorted().toList();
        }
        // every Markdown file, and the HTML file whose output collides
        assertThat(failures.keySet()).containsAll(markdown).hasSize(markdown.size() + 1).contains("wiki/guide.html");
        assertThat(failures.get("wiki/index.md")).as("a file without problems passes").isEmpty();
        assertThat(failures.get("wiki/upcoming.md")).as("a draft is checked too").isEmpty();
        assertThat(failures.get("wiki/lonely.md")).containsExactly(
                "page.orphan | wiki/lonely.md: warning: no other page links to 'Lonely'; link to it from a related page or from its folder's index.md [page.orphan]");
        assertThat(failures.values().stream().mapToInt(List::size).sum()).isEqualTo(result.diagnostics().size());
        assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(failures.size()));
        assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(failures.values().stream().filter(l -> !l.isEmpty()).count()));
    }

    @Test
    void buildReportsTheSameDiagnosticsAndWritesTheSameReports() throws IOException {
        Path buildReports = tmp.resolve("build-reports");
        BuildResult build = new LoreEngine(RuleConfig.DEFAULTS, buildReports).build(request(tmp.resolve("built")));
        assertThat(build.written()).as("errors stop the build").isFalse();
        assertThat(build.diagnostics()).containsExactlyElementsOf(result.diagnostics());
        for (String name : List.of(CheckReports.SARIF, CheckReports.JUNIT)) {
            assertThat(Files.readString(buildReports.resolve(name))).as(name).isEqualTo(Files.readString(reports.resolve(name)));
        }
    }

    private static void golden(String actual, String name) throws IOException {
        Path file = EXPECTED.resolve(name);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (create it with -Dlore.golden.update=true)", file).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
