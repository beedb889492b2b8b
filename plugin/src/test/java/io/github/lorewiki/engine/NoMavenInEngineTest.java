package io.github.lorewiki.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine must run without Maven (tests, benchmarks, other front ends): only the {@code maven} package
 * may use Maven or Plexus types.
 */
class NoMavenInEngineTest {
    private static final Path ENGINE = Path.of(System.getProperty("basedir", ".")).resolve("src/main/java/io/github/lorewiki/engine");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+)?(org\\.apache\\.maven|org\\.codehaus\\.plexus)\\.", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(org\\.apache\\.maven|org\\.codehaus\\.plexus)\\.\\w");

    @TempDir
    Path dir;

    @Test
    void engineDoesNotImportMavenOrPlexus() {
        assertThat(ENGINE).as("run from the plugin module folder").isDirectory();
        List<String> offenders = offenders(ENGINE);
        assertThat(offenders).as("engine files that use Maven or Plexus").isEmpty();
    }

    @Test
    void engineHasSourcesToCheck() throws IOException {
        try (Stream<Path> walk = Files.walk(ENGINE)) {
            assertThat(walk.filter(p -> p.toString().endsWith(".java")).count()).isGreaterThan(10);
        }
    }

    @Test
    void checkCatchesImportsAndQualifiedNames() throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("x"));
        Files.writeString(pkg.resolve("Clean.java"), "package x;\n// talks about Maven, but org.apache.maven is not used\nclass Clean {}\n");
        Files.writeString(pkg.resolve("Import.java"), "package x;\n\nimport org.apache.maven.plugin.Mojo;\nclass Import {}\n");
        Files.writeString(pkg.resolve("Static.java"), "package x;\nimport static org.codehaus.plexus.util.StringUtils.isEmpty;\nclass Static {}\n");
        Files.writeString(pkg.resolve("Plexus.java"), "package x;\nimport org.codehaus.plexus.logging.Logger;\nclass Plexus {}\n");
        Files.writeString(pkg.resolve("Qualified.java"), "package x;\nclass Qualified { org.apache.maven.project.MavenProject p; }\n");
        assertThat(offenders(dir)).containsExactly(
                "x/Import.java:3", "x/Plexus.java:2", "x/Qualified.java:2", "x/Static.java:2");
    }

    /** "path:line" of every import of, or code reference to, a Maven or Plexus type; comments are skipped. */
    static List<String> offenders(Path root) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String code = withoutComment(lines[i]);
                    if (FORBIDDEN.matcher(code).find() || QUALIFIED.matcher(code).find()) {
                        found.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String withoutComment(String line) {
        String t = line.strip();
        if (t.startsWith("//") || t.startsWith("*") || t.startsWith("/*")) return "";
        Matcher m = Pattern.compile("//.*$").matcher(line);
        return m.find() && !line.substring(0, m.start()).contains("\"") ? line.substring(0, m.start()) : line;
    }
}
