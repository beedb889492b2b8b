package io.github.lorewiki.engine.source;

import java.nio.file.Path;

/**
 * A file under the source folder.
 *
 * @param relPath     path relative to the source folder, with '/' separators; the file's identity
 * @param displayPath path shown in diagnostics (relative to the project when the file is inside it)
 */
public record SourceFile(Path file, String relPath, String displayPath) {

    /** The folder part of {@link #relPath()}, empty at the top. */
    public String folder() {
        int slash = relPath.lastIndexOf('/');
        return slash < 0 ? "" : relPath.substring(0, slash);
    }

    /** The file name without its extension. */
    public String baseName() {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
