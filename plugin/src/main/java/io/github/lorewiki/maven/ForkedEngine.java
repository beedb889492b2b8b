package io.github.lorewiki.maven;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.cli.Invocation;
import io.github.lorewiki.engine.cli.LoreCli;
import io.github.lorewiki.engine.cli.ResultFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs an {@link Invocation} in a JVM of its own ({@code lore.fork}): Maven's JVM cannot be given other
 * flags once it runs, and a one-off build of a wiki is faster in a JVM that only compiles with the JIT's
 * first tier (see the README's speed section). The child is {@link LoreCli} on the plugin's own class
 * path; it hands its result back in a file, so the goal reports exactly what an in-process run would.
 */
final class ForkedEngine {
    private final Path javaLauncher;
    private final List<File> classPath;
    private final List<String> jvmArgs;
    private final Path workingDir;
    private final Log log;
    private final ClassArchive archive; // null: none

    ForkedEngine(Path java, List<File> classPath, List<String> jvmArgs, Path workingDir, Log log) {
        this(java, classPath, jvmArgs, workingDir, log, null);
    }

    /** @param archive the class-data archive forks map or write ({@link ClassArchive}); null for none */
    ForkedEngine(Path java, List<File> classPath, List<String> jvmArgs, Path workingDir, Log log, ClassArchive archive) {
        this.javaLauncher = java;
        this.classPath = List.copyOf(classPath);
        this.jvmArgs = List.copyOf(jvmArgs);
        this.workingDir = workingDir;
        this.log = log;
        this.archive = archive;
    }

    /** The {@code java} launcher of the JVM Maven runs on. */
    static Path currentJava() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
    }

    /** Splits {@code lore.jvmArgs} at white space; a value in double quotes may hold spaces. */
    static List<String> splitArgs(String line) {
        List<String> args = new ArrayList<>();
        if (line == null) return args;
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) args.add(current.toString());
                current.setLength(0);
                any = false;
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) args.add(current.toString());
        return args;
    }

    /**
     * @throws UncheckedIOException when the forked run could not read or write a file, as an in-process run would
     * @throws MojoExecutionException when the JVM could not be started or stopped without a result
     */
    BuildResult run(Invocation invocation) throws MojoExecutionException {
        boolean mapping = archive != null && archive.exists();
        Attempt attempt = attempt(invocation, archive == null ? List.of() : archive.options());
        if (archive != null) archive.finish(attempt.outcome() != null);
        if (attempt.outcome() == null && mapping) {
            // a damaged archive stops the JVM at once, and would stop every build after this one: retry without it
            archive.discard();
            log.warn("Lore: the forked JVM stopped without a result while using the class archive " + archive.path()
                    + "; the archive was removed and the build runs once more without it");
            attempt = attempt(invocation, List.of());
        }
        ResultFile.Outcome outcome = attempt.outcome();
        if (outcome == null) {
            throw new MojoExecutionException("the forked Lore JVM stopped without a result (exit status " + attempt.exit() + ")"
                    + "; what it printed is in the log above. Check lore.jvmArgs (after running out of memory, raise its -Xmx),"
                    + " or build in Maven's own JVM with lore.fork=false");
        }
        if (outcome.ioFailure() != null) throw new UncheckedIOException(new IOException(outcome.ioFailure()));
        return outcome.result();
    }

    /** How one forked run ended: its exit status, and its result (null when it left none). */
    private record Attempt(int exit, ResultFile.Outcome outcome) {
    }

    /** One forked run with {@code sharing} after the user's options. */
    private Attempt attempt(Invocation invocation, List<String> sharing) throws MojoExecutionException {
        Path result = null;
        Path argFile = null;
        try {
            result = Files.createTempFile("lore-result", ".txt");
            argFile = Files.createTempFile("lore-classpath", ".args");
            // the class path goes through an argument file: long paths would pass the command-line limit on Windows
            Files.writeString(argFile, "-cp \"" + String.join(File.pathSeparator, classPath.stream().map(File::getPath).toList())
                    .replace("\\", "\\\\") + "\"\n");
            List<String> command = new ArrayList<>();
            command.add(javaLauncher.toString());
            command.addAll(jvmArgs);
            command.addAll(sharing);
            command.add("@" + argFile);
            command.add(LoreCli.class.getName());
            command.add("--result");
            command.add(result.toString());
            command.add("--exit-with-parent");
            command.addAll(invocation.toArgs());
            if (log.isDebugEnabled()) log.debug("Lore: forking " + String.join(" ", command));
            int exit = runProcess(command);
            try {
                return new Attempt(exit, Files.size(result) == 0 ? null : ResultFile.read(result));
            } catch (IOException e) {
                throw new MojoExecutionException("the forked Lore JVM left a result that cannot be read: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("could not start a JVM for Lore with " + javaLauncher + ": " + e.getMessage()
                    + "; set lore.fork=false to build in Maven's own JVM", e);
        } finally {
            delete(result);
            delete(argFile);
        }
    }

    /** Starts the child, logs what it prints, and waits for it; stops it if this thread is interrupted. */
    private int runProcess(List<String> command) throws IOException, MojoExecutionException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (workingDir != null) pb.directory(workingDir.toFile());
        Process process = pb.start();
        // the child watches its standard input: it stays open while Maven lives, and closes when Maven dies
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
            for (String line; (line = in.readLine()) != null; ) {
                // the child prints nothing of its own when all goes well: what comes is the JVM's or a crash's
                log.warn(line);
            }
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while the forked Lore JVM was running; it was stopped");
        } finally {
            process.getOutputStream().close();
        }
    }

    private static void delete(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind does no harm
        }
    }
}
