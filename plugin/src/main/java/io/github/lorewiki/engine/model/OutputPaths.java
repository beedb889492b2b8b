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

    /** Output paths of articles by source path: every link to an article asks again. Bounded, as a JVM may run many builds. */
    private static final java.util.Map<String, String> ARTICLES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int ARTICLES_KEPT = 100_000;

    public static String article(String sourcePath) {
        String known = ARTICLES.get(sourcePath);
        if (known != null) return known;
        String path = articlePath(sourcePath);
        if (ARTICLES.size() >= ARTICLES_KEPT) ARTICLES.clear();
        ARTICLES.put(sourcePath, path);
        return path;
    }

    private static String articlePath(String sourcePath) {
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
        int end = folder.length();
        while (end > 0 && folder.charAt(end - 1) == '/') end--; // as split("/") drops trailing empty parts
        StringBuilder sb = new StringBuilder(end + 8);
        for (int start = 0; start < end; ) {
            int slash = folder.indexOf('/', start);
            if (slash < 0 || slash > end) slash = end;
            sb.append(Slug.of(folder.substring(start, slash))).append('/');
            start = slash + 1;
        }
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
        boolean hasAnchor = anchor != null && !anchor.isEmpty();
        if (hasAnchor && to.equals(fromPage)) return "#" + anchor;
        if (fromPage.endsWith("/") || to.endsWith("/")) return relativeOfFolders(fromPage, to, anchor);
        // walk up only as far as the two paths differ: compare whole leading folders, never the file names
        int depth = slashes(fromPage);
        int toFolders = slashes(to);
        int common = 0;
        int f = 0;
        int t = 0;
        while (common < depth && common < toFolders) {
            int fs = fromPage.indexOf('/', f);
            int ts = to.indexOf('/', t);
            if (fs - f != ts - t || !fromPage.regionMatches(f, to, t, fs - f)) break;
            common++;
            f = fs + 1;
            t = ts + 1;
        }
        StringBuilder sb = new StringBuilder(3 * (depth - common) + to.length() - t + (hasAnchor ? anchor.length() + 1 : 0));
        for (int i = common; i < depth; i++) sb.append("../");
        encode(to, t, sb);
        if (hasAnchor) sb.append('#').append(anchor);
        return sb.toString();
    }

    /** {@link #relative} for paths ending in a slash, which split into parts as {@code split("/")} does. */
    private static String relativeOfFolders(String fromPage, String to, String anchor) {
        String suffix = anchor == null || anchor.isEmpty() ? "" : "#" + anchor;
        int depth = slashes(fromPage);
        StringBuilder sb = new StringBuilder();
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

    private static final String[] ROOTS = {"", "../", "../../", "../../../", "../../../../"};

    /** The prefix that leads from a page back to the site root: "", "../", "../../". */
    public static String root(String fromPage) {
        int depth = slashes(fromPage);
        return depth < ROOTS.length ? ROOTS[depth] : "../".repeat(depth);
    }

    private static int slashes(String path) {
        int n = 0;
        for (int i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) n++;
        return n;
    }

    /** Appends {@code path} from {@code start}, each part encoded and the slashes between kept. */
    private static void encode(String path, int start, StringBuilder sb) {
        for (int i = start; i < path.length(); i++) {
            char c = path.charAt(i);
            String escape = escape(c);
            if (escape == null) sb.append(c);
            else sb.append(escape);
        }
    }

    static String encode(String segment) {
        StringBuilder sb = new StringBuilder(segment.length());
        encode(segment, 0, sb);
        return sb.toString();
    }

    /** What a character of a path is written as in a URL, or null for itself. */
    private static String escape(char c) {
        return switch (c) {
            case ' ' -> "%20";
            case '#' -> "%23";
            case '?' -> "%3F";
            case '%' -> "%25";
            case '"' -> "%22";
            case '\'' -> "%27";
            case '<' -> "%3C";
            case '>' -> "%3E";
            default -> null;
        };
    }
}
