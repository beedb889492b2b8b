package io.github.lorewiki.engine.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SourceScannerTest {
    @TempDir
    Path dir;

    private Path file(String relPath) throws IOException {
        Path f = dir.resolve(relPath);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, "x");
    }

    private Path wiki() throws IOException {
        for (String f : List.of(
                "src/wiki/index.md",
                "src/wiki/b.md",
                "src/wiki/A.md",
                "src/wiki/concepts/memory.md",
                "src/wiki/concepts/Notes.MD",
                "src/wiki/img/logo.png",
                "src/wiki/docs/report.pdf",
                "src/wiki/readme.markdown",
                "src/wiki/.hidden.md",
                "src/wiki/.git/config",
                "src/wiki/.obsidian/workspace.md",
                "src/wiki/concepts/.draft/secret.md",
                "src/wiki/img/.DS_Store")) {
            file(f);
        }
        Files.createDirectories(dir.resolve("src/wiki/empty-folder"));
        return dir.resolve("src/wiki");
    }

    private static List<String> rel(List<SourceFile> files) {
        return files.stream().map(SourceFile::relPath).toList();
    }

    @Test
    void markdownFilesAreArticlesAndEverythingElseIsAnAsset() throws IOException {
        SourceSet set = new SourceScanner(dir).scan(wiki());
        assertThat(rel(set.articles())).containsExactlyInAnyOrder(
                "A.md", "b.md", "concepts/Notes.MD", "concepts/memory.md", "index.md");
        assertThat(rel(set.assets())).containsExactlyInAnyOrder("docs/report.pdf", "img/logo.png", "readme.markdown");
    }

    @Test
    void glossaryFilesAreTheTopGlossaryYamlAndTheYamlUnderGlossary() throws IOException {
        for (String f : List.of("src/wiki/glossary.yml", "src/wiki/glossary/people.yaml", "src/wiki/glossary/sub/more.YML",
                "src/wiki/glossary/notes.md", "src/wiki/glossary/picture.png", "src/wiki/concepts/glossary.yml", "src/wiki/glossary.json")) {
            file(f);
        }
        SourceSet set = new SourceScanner(dir).scan(dir.resolve("src/wiki"));
        assertThat(rel(set.glossaries())).containsExactly("glossary.yml", "glossary/people.yaml", "glossary/sub/more.YML");
        assertThat(rel(set.articles())).containsExactly("glossary/notes.md");
        assertThat(rel(set.assets())).containsExactlyInAnyOrder("concepts/glossary.yml", "glossary.json", "glossary/picture.png");
        assertThat(set.glossaries().get(0).displayPath()).isEqualTo("src/wiki/glossary.yml");
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() throws IOException {
        SourceSet set = new SourceScanner(dir).scan(wiki());
        assertThat(rel(set.articles())).noneMatch(p -> p.contains("/.") || p.startsWith("."));
        assertThat(rel(set.assets())).noneMatch(p -> p.contains("/.") || p.startsWith("."));
        assertThat(rel(set.articles())).doesNotContain(".hidden.md", ".obsidian/workspace.md", "concepts/.draft/secret.md");
    }

    @Test
    void sourceFolderItselfMayBeHidden() throws IOException {
        file(".wiki/page.md");
        assertThat(rel(new SourceScanner(dir).scan(dir.resolve(".wiki")).articles())).containsExactly("page.md");
    }

    @Test
    void filesAreSortedByPathTheSameWayOnEveryMachine() throws IOException {
        SourceSet set = new SourceScanner(dir).scan(wiki());
        assertThat(rel(set.articles())).containsExactly("A.md", "b.md", "concepts/Notes.MD", "concepts/memory.md", "index.md");
        assertThat(rel(set.assets())).containsExactly("docs/report.pdf", "img/logo.png", "readme.markdown");
    }

    @Test
    void displayPathsAreRelativeToTheProject() throws IOException {
        SourceSet set = new SourceScanner(dir).scan(wiki());
        assertThat(set.articles()).extracting(SourceFile::relPath, SourceFile::displayPath).contains(
                tuple("index.md", "src/wiki/index.md"),
                tuple("concepts/memory.md", "src/wiki/concepts/memory.md"));
        assertThat(set.assets()).extracting(SourceFile::displayPath).contains("src/wiki/img/logo.png");
    }

    @Test
    void displayPathsAreRelativeToTheSourceWithoutAProject() throws IOException {
        SourceSet set = new SourceScanner(null).scan(wiki());
        assertThat(set.articles()).extracting(SourceFile::displayPath).contains("index.md", "concepts/memory.md");
    }

    @Test
    void displayPathsAreRelativeToTheSourceWhenItIsOutsideTheProject() throws IOException {
        Path source = wiki();
        Path project = Files.createDirectories(dir.resolve("elsewhere/project"));
        SourceSet set = new SourceScanner(project).scan(source);
        assertThat(set.articles()).extracting(SourceFile::displayPath).contains("index.md", "concepts/memory.md");
    }

    @Test
    void relativeSourcePathIsMadeAbsolute() throws IOException {
        Path source = wiki();
        Path relative = Path.of("").toAbsolutePath().relativize(source);
        SourceSet set = new SourceScanner(dir).scan(relative);
        assertThat(set.articles()).extracting(SourceFile::displayPath).contains("src/wiki/index.md");
        assertThat(set.articles()).allSatisfy(f -> assertThat(f.file()).isAbsolute().exists());
    }

    @Test
    void fileKnowsItsFolderAndBaseName() throws IOException {
        SourceSet set = new SourceScanner(dir).scan(wiki());
        assertThat(set.articles()).extracting(SourceFile::relPath, SourceFile::folder, SourceFile::baseName).contains(
                tuple("index.md", "", "index"),
                tuple("concepts/Notes.MD", "concepts", "Notes"));
    }

    @Test
    void emptySourceFolderHasNothing() throws IOException {
        SourceSet set = new SourceScanner(dir).scan(Files.createDirectories(dir.resolve("empty")));
        assertThat(set.articles()).isEmpty();
        assertThat(set.assets()).isEmpty();
    }

    @Test
    void missingSourceFolderFails() {
        assertThatThrownBy(() -> new SourceScanner(dir).scan(dir.resolve("nope"))).isInstanceOf(UncheckedIOException.class);
    }
}
