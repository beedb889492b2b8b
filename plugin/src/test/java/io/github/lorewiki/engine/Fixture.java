package io.github.lorewiki.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small inline wiki fixtures for tests: a text block of {@code -- path --} headers, each followed by the
 * file's content, is written out as a source folder.
 * <pre>
 * -- concepts/a.md --
 * # A
 * See [[B]].
 * -- b.md --
 * # B
 * </pre>
 */
public final class Fixture {
    private static final Pattern HEADER = Pattern.compile("(?m)^-- (.+?) --\\n");

    private Fixture() {
    }

    /** Writes the files into {@code root} (created if needed) and returns it. */
    public static Path write(Path root, String spec) {
        Matcher m = HEADER.matcher(spec);
        int count = 0;
        String path = null;
        int start = 0;
        try {
            Files.createDirectories(root);
            while (m.find()) {
                if (path != null) writeFile(root, path, spec.substring(start, m.start()));
                path = m.group(1).strip();
                start = m.end();
                count++;
            }
            if (path != null) writeFile(root, path, spec.substring(start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (count == 0) throw new IllegalArgumentException("fixture has no '-- path --' header");
        return root;
    }

    private static void writeFile(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Builds a fixture wiki from {@code spec} into {@code dir/src}, writing the site to {@code dir/out}. */
    public static BuildResult build(Path dir, String spec) {
        Path src = write(dir.resolve("src"), spec);
        return new LoreEngine().build(new BuildRequest(src, dir.resolve("out"), null, dir, "Test wiki", "", false, 2));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
