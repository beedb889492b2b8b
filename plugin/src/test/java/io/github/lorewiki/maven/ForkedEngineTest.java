package io.github.lorewiki.maven;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ForkedEngineTest {

    @Test
    void jvmOptionsAreSplitAtSpacesAndQuotesKeepAValueWhole() {
        assertThat(ForkedEngine.splitArgs("-XX:TieredStopAtLevel=1  -Xmx1g\t-Dx=1")).containsExactly("-XX:TieredStopAtLevel=1", "-Xmx1g", "-Dx=1");
        assertThat(ForkedEngine.splitArgs("-Dtitle=\"My wiki\" -Dempty=\"\" \"-Dpath=C:\\Program Files\\x\""))
                .containsExactly("-Dtitle=My wiki", "-Dempty=", "-Dpath=C:\\Program Files\\x");
        assertThat(ForkedEngine.splitArgs("")).isEmpty();
        assertThat(ForkedEngine.splitArgs("   ")).isEmpty();
        assertThat(ForkedEngine.splitArgs(null)).isEmpty();
    }

    @Test
    void theChildRunsOnTheJavaMavenRunsOn() {
        assertThat(ForkedEngine.currentJava()).startsWith(Path.of(System.getProperty("java.home"))).isExecutable();
    }
}
