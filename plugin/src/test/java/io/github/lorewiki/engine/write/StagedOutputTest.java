package io.github.lorewiki.engine.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StagedOutputTest {
    @TempDir
    Path dir;

    private Path output() {
        return dir.resolve("site");
    }

    private Path staging() {
        return dir.resolve(".site.lore-staging");
    }

    private Path oldSite() throws IOException {
        Path out = Files.createDirectories(output());
        Files.writeString(out.resolve(OutputGuard.MARKER), "");
        Files.writeString(out.resolve("index.html"), "old home");
        Files.createDirectories(out.resolve("gone"));
        Files.writeString(out.resolve("gone/page.html"), "old page");
        return out;
    }

    /** Every file under the folder, relative, sorted. */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static List<String> siblings(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPageWrittenFromTheStartOfALargerBufferHasOnlyItsOwnBytes() throws IOException {
        byte[] buffer = "<p>short</p> left over from a longer page".getBytes(StandardCharsets.UTF_8);
        try (StagedOutput out = new StagedOutput(output())) {
            out.write("page.html", buffer, 12);
            out.commit();
        }
        assertThat(output().resolve("page.html")).hasContent("<p>short</p>");
    }

    @Test
    void filesAppearInTheOutputOnlyAfterCommit() throws IOException {
        try (StagedOutput out = new StagedOutput(output())) {
            out.write("index.html", "<p>home</p>");
            out.write("concepts/memory.html", "<p>memory</p>".getBytes(StandardCharsets.UTF_8));
            assertThat(output()).doesNotExist();
            out.commit();
        }
        assertThat(files(output())).containsExactly(OutputGuard.MARKER, "concepts/memory.html", "index.html");
        assertThat(output().resolve("concepts/memory.html")).hasContent("<p>memory</p>");
        assertThat(staging()).doesNotExist();
        assertThat(siblings(dir)).containsExactly("site");
    }

    @Test
    void commitReplacesThePreviousSiteCompletely() throws IOException {
        oldSite();
        try (StagedOutput out = new StagedOutput(output())) {
            out.write("index.html", "new home");
            assertThat(output().resolve("index.html")).hasContent("old home");
            out.commit();
        }
        assertThat(files(output())).containsExactly(OutputGuard.MARKER, "index.html");
        assertThat(output().resolve("index.html")).hasContent("new home");
        assertThat(siblings(dir)).as("the replaced site is kept aside, no staging folder is left")
                .containsExactly(".site.lore-previous", "site");
        assertThat(dir.resolve(".site.lore-previous/gone/page.html")).hasContent("old page");
        assertThat(dir.resolve(".site.lore-previous/.gitignore")).as("git ignores the folder kept aside").content().endsWith("\n*\n");
    }

    @Test
    void theNextBuildRemovesTheReplacedSite() throws IOException {
        oldSite();
        try (StagedOutput out = new StagedOutput(output())) {
            out.write("index.html", "second");
            out.commit();
        }
        try (StagedOutput out = new StagedOutput(output())) {
            out.write("index.html", "third");
            out.commit();
        }
        assertThat(output().resolve("index.html")).hasContent("third");
        assertThat(files(dir.resolve(".site.lore-previous"))).as("only the second site, not the first")
                .containsExactly(".gitignore", OutputGuard.MARKER, "index.html");
        assertThat(dir.resolve(".site.lore-previous/index.html")).hasContent("second");
    }

    @Test
    void aFailedBuildStillRemovesTheSiteReplacedBeforeItAndNothingElse() throws IOException {
        oldSite();
        try (StagedOutput out = new StagedOutput(output())) {
            out.write("index.html", "second");
            out.commit();
        }
        try (StagedOutput out = new StagedOutput(output())) {
            out.write("index.html", "never committed");
        }
        assertThat(output().resolve("index.html")).hasContent("second");
        assertThat(siblings(dir)).containsExactly("site");
    }

    @Test
    void withoutCommitThePreviousSiteIsUntouchedAndStagingIsRemoved() throws IOException {
        oldSite();
        List<String> before = files(output());
        try (StagedOutput out = new StagedOutput(output())) {
            out.write("index.html", "half-built");
            out.write("new/page.html", "half-built");
            assertThat(staging()).isDirectory();
        }
        assertThat(files(output())).isEqualTo(before);
        assertThat(output().resolve("index.html")).hasContent("old home");
        assertThat(staging()).doesNotExist();
        assertThat(siblings(dir)).containsExactly("site");
    }

    @Test
    void failureWhileWritingLeavesThePreviousSite() throws IOException {
        oldSite();
        assertThatThrownBy(() -> {
            try (StagedOutput out = new StagedOutput(output())) {
                out.write("index.html", "new");
                throw new IllegalStateException("render failed");
            }
        }).hasMessage("render failed");
        assertThat(output().resolve("index.html")).hasContent("old home");
        assertThat(staging()).doesNotExist();
    }

    @Test
    void withoutCommitAndNoPreviousSiteNothingIsCreated() throws IOException {
        try (StagedOutput out = new StagedOutput(output())) {
            out.write("index.html", "x");
        }
        assertThat(siblings(dir)).isEmpty();
    }

    @Test
    void leftoverStagingFolderFromAKilledBuildIsReplaced() throws IOException {
        Path leftover = Files.createDirectories(staging().resolve("stale/deep"));
        Files.writeString(leftover.resolve("old.html"), "from a killed build");
        Files.writeString(staging().resolve("index.html"), "stale");
        try (StagedOutput out = new StagedOutput(output())) {
            assertThat(staging().resolve("stale")).doesNotExist();
            out.write("index.html", "fresh");
            out.commit();
        }
        assertThat(files(output())).containsExactly(OutputGuard.MARKER, "index.html");
        assertThat(output().resolve("index.html")).hasContent("fresh");
    }

    @Test
    void committedSiteCarriesTheMarkerSoTheNextBuildMayReplaceIt() throws IOException {
        try (StagedOutput out = new StagedOutput(output())) {
            out.commit();
        }
        assertThat(output().resolve(OutputGuard.MARKER)).isRegularFile();
        assertThat(OutputGuard.refusal(output(), List.of(dir.resolve("src")), null)).isEmpty();
    }

    @Test
    void copyPutsAFileInTheSite() throws IOException {
        Path asset = Files.writeString(dir.resolve("logo.svg"), "<svg/>");
        try (StagedOutput out = new StagedOutput(output())) {
            out.copy("img/logo.svg", asset);
            out.commit();
        }
        assertThat(output().resolve("img/logo.svg")).hasContent("<svg/>");
    }

    @Test
    void laterWriteOfTheSamePathWins() throws IOException {
        try (StagedOutput out = new StagedOutput(output())) {
            out.write("a.html", "first");
            out.write("a.html", "second");
            out.commit();
        }
        assertThat(output().resolve("a.html")).hasContent("second");
    }

    @Test
    void writingOutsideTheSiteIsRejected() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "safe");
        Path asset = Files.writeString(dir.resolve("asset.png"), "png");
        try (StagedOutput out = new StagedOutput(output())) {
            assertThatThrownBy(() -> out.write("../victim.txt", "owned")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> out.write("a/../../../victim.txt", "owned")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> out.write(victim.toAbsolutePath().toString(), "owned")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> out.copy("../copied.png", asset)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> out.write("../.site.lore-staging2/x.html", "x")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(victim).hasContent("safe");
        assertThat(dir.resolve("copied.png")).doesNotExist();
    }

    @Test
    void pathsThatStayInsideTheSiteAreAccepted() throws IOException {
        try (StagedOutput out = new StagedOutput(output())) {
            out.write("a/../b.html", "b");
            out.write("./c.html", "c");
            out.commit();
        }
        assertThat(files(output())).containsExactly(OutputGuard.MARKER, "b.html", "c.html");
    }
}
