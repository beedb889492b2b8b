package io.github.lorewiki.engine.model;

/**
 * Where a source file goes in the site: folder names slugged, articles become {@code slug.html}, other
 * files keep their name. Pages and the files they refer to move together, so relative references between
 * them stay valid.
 */
public final class OutputPaths {
    public static final String HOME = "index.html";
    public static final String A_TO_Z = "a-z.html";
    public static final String TAGS = "tags/index.html";
    public static final String NOT_FOUND = "404.html";
    public static final String COMPARISONS = "comparisons/index.html";
    public static final String COMPARISONS_JSON = "comparisons.json";
    public static final String GLOSSARY = "glossary.html";
    public static final String GLOSSARY_JSON = "glossary.json";

    private OutputPaths() {
    }

    public static String article(String sourcePath) {
        String folder = folderOf(sourcePath);
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        String base = name.substring(0, name.length() - 3); // drop ".md"
        String file = base.equalsIgnoreCase("index") ? "index.html" : Slug.of(base) + ".html";
        return folder(folder) + file;
    }

    public static String asset(String sourcePath) {
        return folder(folderOf(sourcePath)) + sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
    }

    public static String category(String folder) {
        return folder(folder) + "index.html";
    }

    public static String tag(String tag) {
        return "tags/" + Slug.of(tag) + ".html";
    }

    /** The output folder for a source folder, with a trailing slash, or "" at the top. */
    public static String folder(String folder) {
        if (folder.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (String part : folder.split("/")) sb.append(Slug.of(part)).append('/');
        return sb.toString();
    }

    public static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * The relative URL from one output page to another output path (plus an optional anchor), so the site
     * works from disk and under any sub-path.
     */
    public static String relative(String fromPage, String to, String anchor) {
        String suffix = anchor == null || anchor.isEmpty() ? "" : "#" + anchor;
        if (to.equals(fromPage) && !suffix.isEmpty()) return suffix;
        int depth = (int) fromPage.chars().filter(c -> c == '/').count();
        StringBuilder sb = new StringBuilder();
        // walk up only as far as the two paths differ
        String[] from = fromPage.split("/");
        String[] target = to.split("/");
        int common = 0;
        while (common < from.length - 1 && common < target.length - 1 && from[common].equals(target[common])) common++;
        for (int i = common; i < depth; i++) sb.append("../");
        for (int i = common; i < target.length; i++) {
            if (i > common) sb.append('/');
            sb.append(encode(target[i]));
        }
        return sb + suffix;
    }

    /** The prefix that leads from a page back to the site root: "", "../", "../../". */
    public static String root(String fromPage) {
        return "../".repeat((int) fromPage.chars().filter(c -> c == '/').count());
    }

    static String encode(String segment) {
        StringBuilder sb = new StringBuilder(segment.length());
        for (char c : segment.toCharArray()) {
            switch (c) {
                case ' ' -> sb.append("%20");
                case '#' -> sb.append("%23");
                case '?' -> sb.append("%3F");
                case '%' -> sb.append("%25");
                case '"' -> sb.append("%22");
                case '\'' -> sb.append("%27");
                case '<' -> sb.append("%3C");
                case '>' -> sb.append("%3E");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
