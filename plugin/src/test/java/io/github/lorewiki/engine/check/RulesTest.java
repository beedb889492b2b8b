package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.diag.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RulesTest {
    /** A string literal that looks like a rule id of one of the families Lore reports (not a file name such as comparison.ftlh). */
    private static final Pattern RULE_LITERAL = Pattern.compile(
            "\"((?:config|frontmatter|link|output|page|template|comparison|glossary)\\.(?!(?:ftlh|html|md|yml|yaml|css|js|json)\")[a-z][a-z-]*)\"");

    @Test
    void everyRuleIdInTheSourcesIsInTheCatalogue() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/github/lorewiki/engine"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = RULE_LITERAL.matcher(Files.readString(f));
                while (m.find()) used.add(m.group(1));
            }
        }
        assertThat(used).as("rule ids used in engine/ (add new ones to engine/check/Rules.java)").isNotEmpty()
                .allSatisfy(id -> assertThat(Rules.find(id)).as(id).isNotNull());
    }

    @Test
    void idsAreDottedLowercaseAndEachRuleIsDescribed() {
        assertThat(Rules.all()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.id()).matches("[a-z]+\\.[a-z][a-z-]*");
            assertThat(r.description()).endsWith(".").hasSizeGreaterThan(10);
        });
        assertThat(Rules.all()).extracting(Rule::id).isSorted();
    }

    @Test
    void configurationAndTemplateRulesAreFixedErrors() {
        assertThat(Rules.all()).filteredOn(r -> r.id().startsWith("config.") || r.id().startsWith("template."))
                .isNotEmpty().allSatisfy(r -> {
                    assertThat(r.configurable()).isFalse();
                    assertThat(r.severity()).isEqualTo(Severity.ERROR);
                });
        assertThat(Rules.find("page.orphan")).isEqualTo(new Rule("page.orphan", Severity.WARNING, true, "No other page links to this page."));
    }
}
