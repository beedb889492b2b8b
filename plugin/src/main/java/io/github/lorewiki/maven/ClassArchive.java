package io.github.lorewiki.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A class-data archive (HotSpot's AppCDS) for the forked engine JVM: the engine's, flexmark's and Freemarker's
 * classes, parsed and verified once and then mapped by every later fork, which starts a quarter to half a
 * second sooner (measured in {@code bench/PROFILE.md}). The first fork with a given JDK, class path and options writes
 * it as it exits, under a temporary name that is moved into place only after the fork gave its result, so a
 * fork never maps a half-written archive. The archive is named by a hash of all that could make it stale, so a
 * new plugin version or JDK simply gets an archive of its own; ones unused for a month are removed.
 * <p>Only for JVMs known to have dynamic archives (HotSpot) and class paths of jars: an archive cannot hold
 * classes from folders. Options of the user's that touch class sharing turn it off.
 */
final class ClassArchive {
    static final String PREFIX = "lore-classes-";
    private static final Duration UNUSED = Duration.ofDays(30);
    private static final Duration ABANDONED = Duration.ofDays(1); // a temporary file of a fork that was killed
    private static final List<String> SHARING_OPTIONS = List.of("Xshare", "SharedArchiveFile", "ArchiveClassesAtExit",
            "AutoCreateSharedArchive", "SharedClassListFile", "DumpLoadedClassList");
    /** Class sharing reports why it skipped a class or an archive: nothing the user can act on. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path folder;
    private final Path archive;
    private Path writing; // set while a fork writes the archive

    private ClassArchive(Path folder, Path archive) {
        this.folder = folder;
        this.archive = archive;
    }

    /**
     * The archive for forks of this JVM's {@code java} with these class path and options, kept in {@code folder};
     * null when archives do not apply.
     */
    static ClassArchive forFork(Path folder, List<File> classPath, List<String> jvmArgs) {
        if (folder == null || !supported(System.getProperty("java.vm.name", ""))) return null;
        for (String arg : jvmArgs) {
            if (SHARING_OPTIONS.stream().anyMatch(arg::contains)) return null;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            line(digest, System.getProperty("java.home"));
            line(digest, System.getProperty("java.vm.version"));
            for (String arg : jvmArgs) line(digest, arg);
            for (File entry : classPath) {
                Path jar = entry.toPath().toAbsolutePath();
                if (!jar.getFileName().toString().endsWith(".jar") || !Files.isRegularFile(jar)) return null;
                line(digest, jar + "\t" + Files.size(jar) + "\t" + Files.getLastModifiedTime(jar).toMillis());
            }
            String key = HexFormat.of().formatHex(digest.digest(), 0, 12);
            return new ClassArchive(folder, folder.resolve(PREFIX + key + ".jsa"));
        } catch (IOException e) {
            return null; // a jar that cannot be read: the fork will say so itself
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** HotSpot and JVMs built on it; not OpenJ9, whose class sharing takes other options. */
    static boolean supported(String vmName) {
        String name = vmName.toLowerCase(Locale.ROOT);
        return (name.contains("hotspot") || name.contains("openjdk")) && !name.contains("openj9");
    }

    private static void line(MessageDigest digest, String s) {
        digest.update((s == null ? "" : s).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    Path path() {
        return archive;
    }

    /** Whether the archive is there to be used. */
    boolean exists() {
        return Files.isRegularFile(archive);
    }

    /** The JVM options of the next fork: use the archive, or write it on exit when there is none yet. */
    List<String> options() {
        if (exists()) {
            try {
                Files.setLastModifiedTime(archive, FileTime.from(Instant.now())); // in use: kept
            } catch (IOException e) {
                // only the clean-up goes by it
            }
            // a damaged archive crashes the JVM at start: its crash report goes to the temporary folder, not
            // into the user's project, where the fork runs
            Path report = Path.of(System.getProperty("java.io.tmpdir"), "lore-hs_err_pid%p.log");
            return concat("-XX:SharedArchiveFile=" + archive, "-XX:ErrorFile=" + report);
        }
        Path file = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        try {
            // made here first: a JVM that cannot create its archive file refuses to start at all
            Files.createDirectories(folder);
            Files.createFile(file);
        } catch (IOException e) {
            return List.of(); // nowhere to keep it: the fork runs as without
        }
        writing = file;
        return concat("-XX:ArchiveClassesAtExit=" + writing);
    }

    private static List<String> concat(String... options) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(options), QUIET.stream()).toList();
    }

    /**
     * After the fork: an archive it wrote is moved into place when the fork ran to its result (a fork stopped
     * midway may have left it short), and removed otherwise.
     */
    void finish(boolean forkGaveResult) {
        if (writing == null) return;
        Path written = writing;
        writing = null;
        try {
            if (forkGaveResult && Files.isRegularFile(written) && Files.size(written) > 0) {
                // another build may have put one there meanwhile: either is good, the move replaces it in one step
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeUnused();
            }
        } catch (IOException e) {
            // kept from being used, e.g. mapped by another JVM on Windows: the next build writes one again
        } finally {
            delete(written);
        }
    }

    /** Removes the archive: a fork that used it stopped without a result, and a damaged archive stops every fork. */
    void discard() {
        delete(archive);
    }

    /** Archives of other plugin versions, JDKs or options, unused for a month, and temporary files of killed forks. */
    private void removeUnused() {
        Instant now = Instant.now();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                Duration age = Duration.between(Files.getLastModifiedTime(f).toInstant(), now);
                boolean stale = name.endsWith(".jsa") ? age.compareTo(UNUSED) > 0 : name.endsWith(".tmp") && age.compareTo(ABANDONED) > 0;
                if (stale && !f.equals(archive)) delete(f);
            }
        } catch (IOException e) {
            // a clean-up left for the next time an archive is written
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for removeUnused
        }
    }
}
