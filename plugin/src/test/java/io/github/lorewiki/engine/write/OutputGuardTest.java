package io.github.lorewiki.engine.write;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OutputGuardTest {
    @TempDir
    Path dir;

    private Path project;
    private Path source;
    private Path templates;

    @BeforeEach
    void layout() throws IOException {
        project = dir.resolve("project");
        source = Files.createDirectories(project.resolve("src/wiki"));
        Files.writeString(source.resolve("index.md"), "# Home\n");
        templates = Files.createDirectories(project.resolve("src/theme"));
    }

    private Optional<String> refusal(Path output) {
        return OutputGuard.refusal(output, List.of(source, templates), project);
    }

    // ---------------------------------------------------------------- refused

    @Test
    void refusesTheFilesystemRoot() {
        Path root = dir.getRoot();
        assertThat(refusal(root)).hasValueSatisfying(r -> assertThat(r).contains("filesystem root"));
    }

    @Test
    void refusesTheHomeFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        assertThat(OutputGuard.refusal(home, List.of(source), null)).hasValueSatisfying(r -> assertThat(r).contains("home folder"));
    }

    @Test
    void refusesTheSourceFolder() {
        assertThat(refusal(source)).hasValueSatisfying(r -> assertThat(r).contains("itself"));
    }

    @Test
    void refusesTheTemplateFolder() {
        assertThat(refusal(templates)).isPresent();
    }

    @Test
    void refusesAFolderContainingTheSource() {
        Path around = project.resolve("src");
        assertThat(OutputGuard.refusal(around, List.of(source), null)).hasValueSatisfying(r -> assertThat(r).contains("contains"));
        assertThat(refusal(around)).isPresent();
    }

    @Test
    void refusesAFolderInsideTheSource() {
        assertThat(refusal(source.resolve("site"))).hasValueSatisfying(r -> assertThat(r).contains("inside"));
        assertThat(refusal(source.resolve("deeper/still/site"))).isPresent();
    }

    @Test
    void refusesTheProjectFolderAndAnythingAroundIt() {
        assertThat(refusal(project)).hasValueSatisfying(r -> assertThat(r).contains("project folder"));
        assertThat(refusal(dir)).hasValueSatisfying(r -> assertThat(r).contains("contains the project folder"));
    }

    @Test
    void refusesANonEmptyFolderWithoutTheMarker() throws IOException {
        Path out = Files.createDirectories(project.resolve("docs"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThat(refusal(out)).hasValueSatisfying(r -> assertThat(r).contains(OutputGuard.MARKER));
    }

    @Test
    void refusesAFolderHoldingOnlyHiddenFilesWithoutTheMarker() throws IOException {
        Path out = Files.createDirectories(project.resolve("docs"));
        Files.writeString(out.resolve(".git"), "gitdir: elsewhere");
        assertThat(refusal(out)).isPresent();
    }

    @Test
    void refusesAFile() throws IOException {
        Path file = Files.writeString(project.resolve("site"), "a file");
        assertThat(refusal(file)).hasValueSatisfying(r -> assertThat(r).contains("file"));
    }

    @Test
    void markerDoesNotMakeTheSourceReplaceable() throws IOException {
        Files.writeString(source.resolve(OutputGuard.MARKER), "");
        assertThat(refusal(source)).isPresent();
    }

    @Test
    void refusesASymlinkToTheSource() throws IOException {
        Path link = project.resolve("target/site");
        Files.createDirectories(link.getParent());
        try {
            Files.createSymbolicLink(link, source);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        assertThat(refusal(link)).isPresent();
    }

    @Test
    void refusesAFolderUnderASymlinkIntoTheSource() throws IOException {
        Path link = project.resolve("alias");
        try {
            Files.createSymbolicLink(link, source);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        assertThat(refusal(link.resolve("site"))).isPresent();
    }

    @Test
    void refusesARelativePathThatClimbsIntoTheSource() {
        Path sneaky = project.resolve("target/../src/wiki");
        assertThat(refusal(sneaky)).isPresent();
    }

    // ---------------------------------------------------------------- accepted

    @Test
    void acceptsAMissingFolder() {
        assertThat(refusal(project.resolve("target/site"))).isEmpty();
    }

    @Test
    void acceptsAnEmptyFolder() throws IOException {
        assertThat(refusal(Files.createDirectories(project.resolve("target/site")))).isEmpty();
    }

    @Test
    void acceptsAFolderWithTheMarker() throws IOException {
        Path out = Files.createDirectories(project.resolve("target/site"));
        Files.writeString(out.resolve(OutputGuard.MARKER), "");
        Files.writeString(out.resolve("index.html"), "<p>old site</p>");
        Files.createDirectories(out.resolve("concepts"));
        assertThat(refusal(out)).isEmpty();
    }

    @Test
    void acceptsAFolderBesideTheProjectWhenThereIsNoProject() {
        assertThat(OutputGuard.refusal(dir.resolve("elsewhere/site"), List.of(source), null)).isEmpty();
    }

    @Test
    void acceptsASiblingOfTheSourceWhoseNameStartsTheSame() {
        assertThat(refusal(project.resolve("src/wiki-site"))).isEmpty();
    }
}
