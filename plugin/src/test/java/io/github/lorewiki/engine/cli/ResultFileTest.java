package io.github.lorewiki.engine.cli;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultFileTest {
    @TempDir
    Path dir;

    @Test
    void aResultComesBackWhole() throws IOException {
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic(Severity.ERROR, "frontmatter.invalid", new SourcePos("src/wiki/a b.md", 3, 8),
                        "'order' must be a whole number,\tfound \"soon\"\nsecond line", "change C:\\wiki\\a.md"),
                new Diagnostic(Severity.WARNING, "page.orphan", SourcePos.file("src/wiki/ünïcode – “quotes”.md"), "no page links here", ""));
        BuildResult original = new BuildResult(false, 12, 10, diagnostics, 1234,
                List.of(new BuildResult.StageTime("load", 3), new BuildResult.StageTime("parse", 1200)));
        Path file = dir.resolve("result.txt");

        ResultFile.write(file, original);
        ResultFile.Outcome back = ResultFile.read(file);

        assertThat(back.ioFailure()).isNull();
        assertThat(back.result()).isEqualTo(original);
        assertThat(Files.readAllLines(file)).hasSize(1 + 4 + 2 + 2);
    }

    @Test
    void anInputOutputFailureComesBackAsItsMessage() throws IOException {
        Path file = dir.resolve("result.txt");
        ResultFile.writeIoFailure(file, "/site/index.html: No space left on device");
        assertThat(ResultFile.read(file)).isEqualTo(new ResultFile.Outcome(null, "/site/index.html: No space left on device"));
    }

    @Test
    void aFileThatIsNotAResultIsRefused() throws IOException {
        Path other = Files.writeString(dir.resolve("other.txt"), "hello\n");
        assertThatThrownBy(() -> ResultFile.read(other)).isInstanceOf(IOException.class).hasMessageContaining("is not a Lore result file");
        Path cut = Files.writeString(dir.resolve("cut.txt"), "lore-result 1\nwritten\ttrue\ndiagnostic\tERROR\tx.y\t3\n");
        assertThatThrownBy(() -> ResultFile.read(cut)).isInstanceOf(IOException.class).hasMessageContaining("line 3 cannot be read");
    }

    @Test
    void escapesAreUndoneExactly() {
        for (String s : List.of("", "plain", "a\\tb", "tab\there", "\\", "\\\\n", "end\\", "cr\r\nlf")) {
            assertThat(ResultFile.unescape(ResultFile.escape(s))).isEqualTo(s);
            assertThat(ResultFile.escape(s)).doesNotContain("\t", "\n", "\r");
        }
    }
}
