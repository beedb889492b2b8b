package io.github.lorewiki.engine.model;

import java.util.List;

/**
 * A folder of articles. Its page is the folder's {@code index.md} when there is one, else generated.
 *
 * @param folder      path relative to the source folder, "" for the top
 * @param articleUrls the folder's own articles (not its index), in listing order
 * @param subfolders  folders directly below, sorted
 */
public record Category(String folder, String title, String url, String summary, boolean hasIndexArticle,
                       List<String> articleUrls, List<String> subfolders) {
    public Category {
        articleUrls = List.copyOf(articleUrls);
        subfolders = List.copyOf(subfolders);
    }

    public int depth() {
        return folder.isEmpty() ? 0 : (int) folder.chars().filter(c -> c == '/').count() + 1;
    }

    public String parent() {
        int slash = folder.lastIndexOf('/');
        return folder.isEmpty() ? null : slash < 0 ? "" : folder.substring(0, slash);
    }
}
