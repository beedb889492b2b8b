package io.github.lorewiki.engine.check;

import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.JunitReport;
import io.github.lorewiki.engine.diag.SarifReport;
import io.github.lorewiki.engine.diag.SarifReport.RuleInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

/**
 * Writes the machine-readable reports of a run into one folder ({@code target/lore/} by default):
 * {@code check.sarif} for code-scanning views and {@code check-junit.xml} for CI test views.
 */
public final class CheckReports {
    public static final String SARIF = "check.sarif";
    public static final String JUNIT = "check-junit.xml";
    private static final String POM_PROPERTIES = "/META-INF/maven/io.github.lorewiki/lore-maven-plugin/pom.properties";

    private final Path dir;
    private final RuleConfig rules;

    public CheckReports(Path dir, RuleConfig rules) {
        this.dir = dir;
        this.rules = rules;
    }

    /** @param files the checked source files, by the path diagnostics show */
    public void write(List<Diagnostic> diagnostics, Collection<String> files) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(SARIF), SarifReport.format(diagnostics, ruleInfos(rules), version()), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(JUNIT), JunitReport.format(diagnostics, files), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports to " + dir, e);
        }
    }

    /** Every known rule at its level in this run. */
    static List<RuleInfo> ruleInfos(RuleConfig rules) {
        return Rules.all().stream()
                .map(r -> new RuleInfo(r.id(), r.description(), rules.level(r.id(), r.severity()).orElse(null)))
                .toList();
    }

    /** The plugin's version when running from its jar, else null. */
    static String version() {
        try (InputStream in = CheckReports.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
