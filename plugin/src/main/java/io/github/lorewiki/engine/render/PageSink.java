package io.github.lorewiki.engine.render;

/** Where rendered pages go: a staging folder when building; the sink must accept calls from several threads. */
public interface PageSink {
    void write(String outputPath, byte[] content);

    /** Writes the first {@code length} bytes of {@code content}; the array is the caller's again on return. */
    default void write(String outputPath, byte[] content, int length) {
        write(outputPath, length == content.length ? content : java.util.Arrays.copyOf(content, length));
    }

    default void write(String outputPath, String html) {
        write(outputPath, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
