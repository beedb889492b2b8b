package io.github.lorewiki.engine.render;

/** Where rendered pages go: a staging folder when building; the sink must accept calls from several threads. */
public interface PageSink {
    void write(String outputPath, byte[] content);

    default void write(String outputPath, String html) {
        write(outputPath, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
