package io.github.lorewiki.engine.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether Lore may replace an output folder. Lore only ever replaces a folder it made itself
 * (it carries a marker file) or an empty or missing one, and never one that holds the user's sources.
 */
public final class OutputGuard {
    public static final String MARKER = ".lore-output";

    private OutputGuard() {
    }

    /**
     * @param readFolders folders Lore reads (source, templates): the output may be neither inside nor around them
     * @param project     the project folder, or null: the output may be inside it, never it or around it
     * @return why the folder is refused, or empty when it may be replaced
     */
    public static Optional<String> refusal(Path output, List<Path> readFolders, Path project) {
        Path out = real(output);
        if (out.getParent() == null) return Optional.of("it is a filesystem root");
        if (out.equals(real(Path.of(System.getProperty("user.home"))))) return Optional.of("it is your home folder");
        if (project != null && real(project).startsWith(out)) {
            return Optional.of(real(project).equals(out) ? "it is the project folder" : "it contains the project folder " + project);
        }
        for (Path p : readFolders) {
            if (p == null) continue;
            Path read = real(p);
            if (read.equals(out)) return Optional.of("it is the folder " + p + " itself");
            if (read.startsWith(out)) return Optional.of("it contains " + p);
            if (out.startsWith(read)) return Optional.of("it is inside " + p + ", whose files Lore reads");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) return Optional.of("it is a file, not a folder");
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            return Optional.of("it is not empty and was not made by Lore (no " + MARKER + " marker file)");
        }
        return Optional.empty();
    }

    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            // resolve symlinks of the part that exists, so a link cannot smuggle a protected folder in
            Path existing = abs;
            while (existing != null && !Files.exists(existing)) existing = existing.getParent();
            if (existing == null) return abs;
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
