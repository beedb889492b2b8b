package io.github.lorewiki.engine;

import java.nio.file.Path;

/**
 * Everything a build needs to know, independent of how it was asked for (Maven, a test, a benchmark).
 *
 * @param templates   a folder whose files shadow the built-in theme, or null
 * @param projectDir  the project folder: diagnostics paths are relative to it, and it is never overwritten; may be null
 * @param baseUrl     the public URL of the site, or empty; enables sitemap.xml
 * @param threads     worker threads for parsing and rendering; 0 for one per processor
 * @param glossaryLinks which mentions of glossary terms become links: {@code first} (the default), {@code all} or {@code off}
 */
public record BuildRequest(Path source, Path output, Path templates, Path projectDir, String title, String baseUrl,
                           boolean includeDrafts, int threads, String glossaryLinks) {

    public BuildRequest {
        if (source == null) throw new IllegalArgumentException("source folder is required");
        if (output == null) throw new IllegalArgumentException("output folder is required");
        title = title == null || title.isBlank() ? "Wiki" : title.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        glossaryLinks = glossaryLinks == null || glossaryLinks.isBlank() ? "first" : glossaryLinks.strip();
    }

    public BuildRequest(Path source, Path output, Path templates, Path projectDir, String title, String baseUrl,
                        boolean includeDrafts, int threads) {
        this(source, output, templates, projectDir, title, baseUrl, includeDrafts, threads, null);
    }

    public static BuildRequest of(Path source, Path output) {
        return new BuildRequest(source, output, null, null, null, null, false, 0);
    }

    public BuildRequest withThreads(int n) {
        return new BuildRequest(source, output, templates, projectDir, title, baseUrl, includeDrafts, n, glossaryLinks);
    }

    public BuildRequest withGlossaryLinks(String mode) {
        return new BuildRequest(source, output, templates, projectDir, title, baseUrl, includeDrafts, threads, mode);
    }

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
