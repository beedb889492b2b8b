package io.github.lorewiki.engine.cli;

import io.github.lorewiki.engine.BuildRequest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvocationTest {

    @Test
    void everyOptionSurvivesTheTripThroughArguments() {
        BuildRequest request = new BuildRequest(Path.of("wiki src"), Path.of("out"), Path.of("theme"), Path.of("/project"),
                "My wiki", "https://example.org/wiki/", true, 3, "all");
        Invocation original = new Invocation(Invocation.Command.BUILD, request, "page.orphan=error,link.*=off", Path.of("reports"), true);

        Invocation back = Invocation.parse(original.toArgs());

        assertThat(back).isEqualTo(original);
    }

    @Test
    void whatTheUserLeftOutStaysLeftOut() {
        BuildRequest request = BuildRequest.of(Path.of("src"), Path.of("out"));
        Invocation original = new Invocation(Invocation.Command.CHECK, request, null, null, false);

        assertThat(original.toArgs()).containsExactly("check", "--source", "src", "--output", "out", "--glossary-link", "first");
        Invocation back = Invocation.parse(original.toArgs());
        assertThat(back).isEqualTo(original);
        assertThat(back.request().title()).isEqualTo("Wiki");
        assertThat(back.request().threads()).isZero();
    }

    @Test
    void aCheckNeedsNoOutputFolder() {
        Invocation check = Invocation.parse(List.of("check", "--source", "src"));
        assertThat(check.command()).isEqualTo(Invocation.Command.CHECK);
        assertThat(check.request().source()).isEqualTo(Path.of("src"));
    }

    @Test
    void aWrongCommandLineSaysWhatIsWrong() {
        assertThatThrownBy(() -> Invocation.parse(List.of())).hasMessageContaining("expected a command: build or check");
        assertThatThrownBy(() -> Invocation.parse(List.of("serve"))).hasMessageContaining("unknown command 'serve'");
        assertThatThrownBy(() -> Invocation.parse(List.of("build", "--output", "out"))).hasMessageContaining("--source is required");
        assertThatThrownBy(() -> Invocation.parse(List.of("build", "--source", "src"))).hasMessageContaining("--output is required");
        assertThatThrownBy(() -> Invocation.parse(List.of("build", "--source"))).hasMessageContaining("option --source needs a value");
        assertThatThrownBy(() -> Invocation.parse(List.of("build", "--colour", "red"))).hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> Invocation.parse(List.of("build", "--source", "s", "--threads", "two")))
                .hasMessageContaining("--threads must be a whole number, 0 or more; found 'two'");
        assertThatThrownBy(() -> Invocation.parse(List.of("build", "--source", "s", "--threads", "-1")))
                .hasMessageContaining("found '-1'");
    }
}
