package io.github.lorewiki.engine.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * LOAD stage: lists the source folder. Hidden files and folders (a name starting with '.') are skipped;
 * the result is sorted so that everything downstream sees the same order on every machine.
 */
public final class SourceScanner {
    public static final String COMPARISONS = "comparisons/";
    public static final String GLOSSARY = "glossary/";
    private final Path displayBase;

    /** @param displayBase the folder diagnostics paths are relative to (the project), or null for the source folder */
    public SourceScanner(Path displayBase) {
        this.displayBase = displayBase == null ? null : displayBase.toAbsolutePath().normalize();
    }

    public SourceSet scan(Path root) {
        Path base = root.toAbsolutePath().normalize();
        List<SourceFile> articles = new ArrayList<>();
        List<SourceFile> comparisons = new ArrayList<>();
        List<SourceFile> assets = new ArrayList<>();
        List<SourceFile> glossaries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(base)) {
            // each path made relative once: sorting by a computed key costs it at every comparison
            walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(base.relativize(p)))
                    .map(p -> Map.entry(relPath(base, p), p))
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> {
                        Path p = e.getValue();
                        SourceFile f = new SourceFile(p, e.getKey(), displayPath(base, p));
                        String lower = f.relPath().toLowerCase(java.util.Locale.ROOT);
                        if (lower.endsWith(".md")) articles.add(f);
                        else if (isComparison(lower)) comparisons.add(f);
                        else if (isGlossary(lower)) glossaries.add(f);
                        else assets.add(f);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + base, e);
        }
        return new SourceSet(articles, comparisons, assets, glossaries);
    }

    /** Comparison definitions are the YAML files under the top-level {@code comparisons/} folder. */
    static boolean isComparison(String lowerRelPath) {
        return lowerRelPath.startsWith(COMPARISONS) && (lowerRelPath.endsWith(".yml") || lowerRelPath.endsWith(".yaml"));
    }

    /** Glossary files are {@code glossary.yml} at the top and the YAML files under the top-level {@code glossary/} folder. */
    static boolean isGlossary(String lowerRelPath) {
        boolean yaml = lowerRelPath.endsWith(".yml") || lowerRelPath.endsWith(".yaml");
        return yaml && (lowerRelPath.equals("glossary.yml") || lowerRelPath.equals("glossary.yaml") || lowerRelPath.startsWith(GLOSSARY));
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    static String relPath(Path base, Path p) {
        return base.relativize(p).toString().replace('\\', '/');
    }

    private String displayPath(Path base, Path p) {
        if (displayBase != null && p.startsWith(displayBase)) return relPath(displayBase, p);
        return relPath(base, p);
    }
}
