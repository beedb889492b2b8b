package io.github.lorewiki.engine.cli;

import io.github.lorewiki.engine.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LoreCliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LoreCli.run(List.of(args), new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aCleanWikiBuildsAndTheCommandSaysSo() {
        Path src = Fixture.write(dir.resolve("src"), "-- a.md --\n# A\nSee [[B]].\n-- b.md --\n# B\nBack to [[A]].\n");
        Path site = dir.resolve("site");

        int status = run("build", "--source", src.toString(), "--output", site.toString(), "--title", "Tiny");

        assertThat(status).isEqualTo(LoreCli.PASSED);
        assertThat(site.resolve("a.html")).content().contains("<a href=\"b.html\" class=\"wikilink\">B</a>");
        assertThat(site.resolve("index.html")).content().contains("Tiny");
        assertThat(out()).containsPattern("Wrote \\d+ pages \\(2 articles\\) to .*site in \\d+\\.\\d s: 0 errors, 0 warnings");
        assertThat(err()).isEmpty();
    }

    @Test
    void brokenContentFailsWithPositionsOnStandardError() {
        Path src = Fixture.write(dir.resolve("src"), "-- a.md --\n# A\n\nSee [[Nowhere]].\n-- b.md --\n---\norder: soon\n---\n# B\n");
        Path site = dir.resolve("site");

        int status = run("build", "--source", src.toString(), "--output", site.toString(), "--project", dir.toString());

        assertThat(status).isEqualTo(LoreCli.FAILED);
        assertThat(err()).contains("src/b.md:2:8: error: 'order' must be a whole number")
                .contains("src/a.md:3:5: warning: unresolved link [[Nowhere]]");
        assertThat(out()).contains("Wrote nothing; the previous output was left as it was");
        assertThat(site).doesNotExist();
    }

    @Test
    void timingsNameEveryStageInTheOrderTheyRan() {
        Path src = Fixture.write(dir.resolve("src"), "-- a.md --\n# A\nSee [[B]].\n-- b.md --\n# B\nBack to [[A]].\n");
        assertThat(run("--timings", "build", "--source", src.toString(), "--output", dir.resolve("site").toString())).isEqualTo(LoreCli.PASSED);
        assertThat(out()).containsPattern("(?m)^Stages: load [\\d,]+ ms, parse [\\d,]+ ms, link [\\d,]+ ms, check [\\d,]+ ms"
                + ", render [\\d,]+ ms, commit [\\d,]+ ms$");
        out.reset();
        assertThat(run("--timings", "check", "--source", src.toString())).isEqualTo(LoreCli.PASSED);
        assertThat(out()).containsPattern("(?m)^Stages: load [\\d,]+ ms, parse [\\d,]+ ms, link [\\d,]+ ms, check [\\d,]+ ms$");
    }

    @Test
    void warningsFailOnlyWhenAskedTo() {
        Path src = Fixture.write(dir.resolve("src"), "-- a.md --\n# A\n\nSee [[Nowhere]].\n");
        assertThat(run("check", "--source", src.toString())).isEqualTo(LoreCli.PASSED);
        assertThat(out()).contains("Checked 1 articles");
        assertThat(run("check", "--source", src.toString(), "--fail-on-warnings")).isEqualTo(LoreCli.FAILED);
    }

    @Test
    void theResultFileCarriesWhatWouldHaveBeenPrinted() throws IOException {
        Path src = Fixture.write(dir.resolve("src"), "-- a.md --\n# A\n\nSee [[Nowhere]].\n");
        Path result = dir.resolve("result.txt");

        int status = run("--result", result.toString(), "build", "--source", src.toString(), "--output", dir.resolve("site").toString());

        assertThat(status).isEqualTo(LoreCli.PASSED);
        assertThat(out()).isEmpty();
        assertThat(err()).isEmpty();
        ResultFile.Outcome outcome = ResultFile.read(result);
        assertThat(outcome.result().written()).isTrue();
        assertThat(outcome.result().articles()).isEqualTo(1);
        assertThat(outcome.result().diagnostics()).extracting(d -> d.format())
                .contains("a.md:3:5: warning: unresolved link [[Nowhere]]; no page has this title, alias or file name [link.unresolved]");
    }

    @Test
    void aForkedBuildStopsWhenTheProcessThatStartedItGoesAway() throws Exception {
        Path src = dir.resolve("src");
        for (int i = 0; i < 4000; i++) {
            Path f = src.resolve("f" + i / 100).resolve("a" + i + ".md");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "# Article " + i + "\n\nSee [[Article " + (i + 1) % 4000 + "]] and **more** text.\n");
        }
        // a site of an earlier build, which must stay as it was
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve(".lore-output"), "");
        Files.writeString(site.resolve("index.html"), "EARLIER-SITE");
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(launcher.toString(), "-cp", System.getProperty("java.class.path"), LoreCli.class.getName(),
                "--result", dir.resolve("result.txt").toString(), "--exit-with-parent",
                "build", "--source", src.toString(), "--output", site.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Thread.sleep(800); // the JVM has started and is reading the articles: 4,000 take it seconds
        assertThat(child.isAlive()).as("still building").isTrue();

        child.getOutputStream().close(); // what the child sees when Maven dies

        assertThat(child.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).as("stopped").isTrue();
        assertThat(child.exitValue()).isEqualTo(130);
        assertThat(dir.resolve("result.txt")).doesNotExist();
        assertThat(site.resolve("index.html")).hasContent("EARLIER-SITE");
    }

    @Test
    void aWrongCommandLineGetsUsage() {
        assertThat(run("build", "--source")).isEqualTo(LoreCli.USAGE);
        assertThat(err()).contains("lore: option --source needs a value").contains("usage: LoreCli");
        assertThat(run("--result")).isEqualTo(LoreCli.USAGE);
        assertThat(run("--verbose", "build")).isEqualTo(LoreCli.USAGE);
    }

    @Test
    void aFileThatCannotBeWrittenIsAnInputOutputFailureNotACrash() throws IOException {
        Path src = Fixture.write(dir.resolve("src"), "-- a.md --\n# A\n");
        // the output's parent is a file: the site cannot be staged there
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        List<String> args = new ArrayList<>(List.of("build", "--source", src.toString(), "--output", blocker.resolve("site").toString()));

        assertThat(run(args.toArray(String[]::new))).isEqualTo(LoreCli.IO_FAILURE);
        assertThat(err()).startsWith("lore: could not read or write a file: ");

        Path result = dir.resolve("result.txt");
        args.addAll(0, List.of("--result", result.toString()));
        assertThat(run(args.toArray(String[]::new))).isEqualTo(LoreCli.PASSED);
        assertThat(ResultFile.read(result).ioFailure()).isNotBlank();
    }
}
