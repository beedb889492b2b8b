package io.github.lorewiki.maven;

import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.cli.Invocation;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class ClassArchiveTest {
    @TempDir
    static Path shared;
    /** The engine as the goal forks it: its classes in a jar, and the jars of its dependencies. */
    static List<File> classPath;

    @BeforeAll
    static void engineJar() throws IOException {
        Path classes = Path.of("target/classes");
        Path jar = shared.resolve("lore-engine.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        classPath = new ArrayList<>();
        classPath.add(jar.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && (entry.contains("flexmark") || entry.contains("freemarker") || entry.contains("snakeyaml")
                    || entry.contains("autolink") || entry.contains("annotations") || entry.contains("lunr"))) {
                classPath.add(new File(entry));
            }
        }
    }

    @Test
    void theArchiveIsNamedByWhatCouldMakeItStale(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "not really a jar");
        ClassArchive first = ClassArchive.forFork(dir, List.of(jar.toFile()), List.of("-Xmn128m"));
        assertThat(first).isNotNull();
        assertThat(first.path().getFileName().toString()).startsWith(ClassArchive.PREFIX).endsWith(".jsa");
        assertThat(ClassArchive.forFork(dir, List.of(jar.toFile()), List.of("-Xmn128m")).path()).isEqualTo(first.path());
        assertThat(ClassArchive.forFork(dir, List.of(jar.toFile()), List.of("-Xmn64m")).path()).isNotEqualTo(first.path());
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        assertThat(ClassArchive.forFork(dir, List.of(jar.toFile()), List.of("-Xmn128m")).path())
                .as("a rebuilt jar").isNotEqualTo(first.path());
    }

    @Test
    void noArchiveForClassFoldersOrWhenTheUserManagesClassSharing(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "x");
        assertThat(ClassArchive.forFork(dir, List.of(jar.toFile(), dir.toFile()), List.of())).isNull();
        assertThat(ClassArchive.forFork(dir, List.of(jar.toFile()), List.of("-Xshare:off"))).isNull();
        assertThat(ClassArchive.forFork(dir, List.of(jar.toFile()), List.of("-XX:SharedArchiveFile=mine.jsa"))).isNull();
        assertThat(ClassArchive.forFork(null, List.of(jar.toFile()), List.of())).isNull();
        assertThat(ClassArchive.supported("OpenJDK 64-Bit Server VM")).isTrue();
        assertThat(ClassArchive.supported("Java HotSpot(TM) 64-Bit Server VM")).isTrue();
        assertThat(ClassArchive.supported("Eclipse OpenJ9 VM")).isFalse();
    }

    @Test
    void aWrittenArchiveIsMovedIntoPlaceOnlyWhenTheForkGaveItsResult(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "x");
        ClassArchive archive = ClassArchive.forFork(dir.resolve("cache"), List.of(jar.toFile()), List.of());
        Path writing = written(archive.options());
        Files.writeString(writing, "half an archive");
        archive.finish(false);
        assertThat(archive.exists()).isFalse();
        assertThat(writing).doesNotExist();

        writing = written(archive.options());
        Files.writeString(writing, "an archive");
        archive.finish(true);
        assertThat(archive.path()).hasContent("an archive");
        assertThat(archive.options()).first().isEqualTo("-XX:SharedArchiveFile=" + archive.path());
    }

    @Test
    void aCacheFolderThatCannotBeMadeMeansNoArchiveNotAFailedFork(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "x");
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the folder would be");
        ClassArchive archive = ClassArchive.forFork(notAFolder.resolve("lore"), List.of(jar.toFile()), List.of());
        assertThat(archive.options()).isEmpty();
        archive.finish(true);
        assertThat(archive.exists()).isFalse();
    }

    @Test
    void writingAnArchiveRemovesOnesUnusedForAMonth(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("a.jar"), "x");
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path old = Files.writeString(cache.resolve(ClassArchive.PREFIX + "0123.jsa"), "old");
        Path recent = Files.writeString(cache.resolve(ClassArchive.PREFIX + "4567.jsa"), "recent");
        Path notOurs = Files.writeString(cache.resolve("notes.jsa"), "the user's");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(40, ChronoUnit.DAYS)));
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(400, ChronoUnit.DAYS)));
        ClassArchive archive = ClassArchive.forFork(cache, List.of(jar.toFile()), List.of());
        Files.writeString(written(archive.options()), "new");
        archive.finish(true);
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        assertThat(notOurs).exists();
    }

    private static Path written(List<String> options) {
        String option = options.get(0);
        assertThat(option).startsWith("-XX:ArchiveClassesAtExit=");
        return Path.of(option.substring(option.indexOf('=') + 1));
    }

    /** Three real forks: the first writes the archive, the second maps it, the third finds it damaged and does without. */
    @Test
    void forksWriteThenUseTheArchiveAndADamagedOneIsRemoved(@TempDir Path dir) throws Exception {
        assumeThat(ClassArchive.supported(System.getProperty("java.vm.name"))).as("a HotSpot JVM").isTrue();
        Path wiki = Files.createDirectories(dir.resolve("wiki"));
        Files.writeString(wiki.resolve("page.md"), "# Page\n\nSee [[Other]].\n");
        Files.writeString(wiki.resolve("other.md"), "# Other\n\nBack to [[Page]].\n");
        Path cache = dir.resolve("cache");
        List<String> options = List.of("-XX:TieredStopAtLevel=1");

        Recorded first = fork(wiki, dir.resolve("out"), cache, options);
        ClassArchive archive = ClassArchive.forFork(cache, classPath, options);
        assertThat(first.result.written()).isTrue();
        assertThat(first.result.articles()).isEqualTo(2);
        assertThat(dir.resolve("out/page.html")).exists();
        assertThat(first.forked).contains("-XX:ArchiveClassesAtExit=");
        assertThat(archive.exists()).as("written by the first fork").isTrue();
        assertThat(first.warnings).as("the JVM printed nothing").isEmpty();

        Recorded second = fork(wiki, dir.resolve("out"), cache, options);
        assertThat(second.forked).contains("-XX:SharedArchiveFile=" + archive.path());
        assertThat(second.warnings).isEmpty();
        assertThat(second.result.pages()).isEqualTo(first.result.pages());

        byte[] whole = Files.readAllBytes(archive.path());
        try (OutputStream out = Files.newOutputStream(archive.path())) {
            out.write(whole, 0, 4096); // cut short: HotSpot stops at once on such an archive
        }
        Recorded third = fork(wiki, dir.resolve("out"), cache, options);
        assertThat(third.result.pages()).as("built all the same").isEqualTo(first.result.pages());
        assertThat(third.warnings).anyMatch(w -> w.contains("the archive was removed and the build runs once more without it"));
        assertThat(archive.exists()).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("the crash report stays out of the project")
                    .noneMatch(name -> name.startsWith("hs_err"));
        }
    }

    private record Recorded(BuildResult result, String forked, List<String> warnings) {
    }

    private static Recorded fork(Path wiki, Path out, Path cache, List<String> options) throws Exception {
        List<String> debug = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        SystemStreamLog log = new SystemStreamLog() {
            @Override
            public boolean isDebugEnabled() {
                return true;
            }

            @Override
            public void debug(CharSequence content) {
                debug.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        };
        BuildRequest request = new BuildRequest(wiki, out, null, wiki.getParent(), "T", null, false, 1);
        Invocation invocation = new Invocation(Invocation.Command.BUILD, request, null, null, false);
        BuildResult result = new ForkedEngine(ForkedEngine.currentJava(), classPath, options, wiki.getParent(), log,
                ClassArchive.forFork(cache, classPath, options)).run(invocation);
        String forked = debug.stream().filter(l -> l.startsWith("Lore: forking ")).reduce((a, b) -> b).orElseThrow();
        return new Recorded(result, forked, warnings);
    }
}
