package io.github.lorewiki.engine.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search library the theme's search.js runs on: lunr, read from its WebJar on the plugin's class path
 * (a Maven dependency, not a copied file), written with its license under {@code theme/vendor/lunr/}.
 */
public final class SearchAssets {
    public static final String LUNR_VERSION = "2.3.9";
    private static final String WEBJAR = "META-INF/resources/webjars/lunr/" + LUNR_VERSION + "/";

    private SearchAssets() {
    }

    /** The library's files by their path under the theme's folder. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("vendor/lunr/lunr.min.js", read("lunr.min.js"));
        files.put("vendor/lunr/LICENSE", read("LICENSE"));
        return files;
    }

    private static byte[] read(String name) {
        try (InputStream in = SearchAssets.class.getClassLoader().getResourceAsStream(WEBJAR + name)) {
            if (in == null) throw new IllegalStateException("the lunr WebJar (org.webjars.npm:lunr:" + LUNR_VERSION + ") lacks " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
