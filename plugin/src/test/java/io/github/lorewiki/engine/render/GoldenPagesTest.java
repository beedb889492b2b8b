package io.github.lorewiki.engine.render;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.LoreEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden pages: each folder under src/test/resources/golden/ holds a small wiki in {@code src/} and, in
 * {@code expected/}, the {@code <main>} element of chosen pages (same relative path as in the site).
 * Refresh after an intended change with {@code mvn -pl plugin test -Dtest=GoldenPagesTest -Dlore.golden.update=true}
 * and review the diff like code.
 */
class GoldenPagesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("lore.golden.update");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> pagesMatchTheirGoldenFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> cases = Files.list(GOLDEN)) {
            for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
                Path out = tmp.resolve(c.getFileName().toString());
                BuildResult result = new LoreEngine().build(new BuildRequest(c.resolve("src"), out, null, c, "Golden", "", false, 1));
                assertThat(result.written()).as("case %s builds: %s", c, result.diagnostics()).isTrue();
                Path expectedRoot = c.resolve("expected");
                try (Stream<Path> expected = Files.walk(expectedRoot)) {
                    for (Path e : expected.filter(Files::isRegularFile).sorted().toList()) {
                        String rel = expectedRoot.relativize(e).toString();
                        tests.add(DynamicTest.dynamicTest(c.getFileName() + "/" + rel, () -> compare(out.resolve(rel), e)));
                    }
                }
                Path diagnostics = c.resolve("diagnostics.txt");
                if (Files.exists(diagnostics) || !result.diagnostics().isEmpty()) {
                    String actual = String.join("\n", result.diagnostics().stream().map(d -> d.format()).toList()) + "\n";
                    tests.add(DynamicTest.dynamicTest(c.getFileName() + "/diagnostics.txt", () -> compareText(actual, diagnostics)));
                }
            }
        }
        return tests.stream();
    }

    private static void compare(Path page, Path expectedFile) throws IOException {
        assertThat(page).as("page %s was written", page).exists();
        compareText(mainOf(Files.readString(page, StandardCharsets.UTF_8)), expectedFile);
    }

    private static void compareText(String actual, Path expectedFile) throws IOException {
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(expectedFile).as("golden file exists (refresh with -Dlore.golden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    /** The page's own content: the {@code <main>} element, so that theme chrome changes do not churn every golden file. */
    static String mainOf(String html) {
        int start = html.indexOf("<main");
        int end = html.indexOf("</main>");
        assertThat(start).as("page has <main>").isNotNegative();
        return html.substring(start, end + "</main>".length()) + "\n";
    }
}
