package io.github.lorewiki.engine.write;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes straight into a growable UTF-8 byte array, so that a page is not held as a String
 * and then copied into bytes. The bytes are those of {@code String.getBytes(UTF_8)} for the same text: a
 * surrogate without its pair becomes '?', even when the pair is split across two writes.
 */
public final class Utf8Buffer extends Writer {
    private byte[] bytes;
    private int size;
    /** A high surrogate waiting for the next character, or 0. */
    private char high;
    private final char[] chunk = new char[8192];
    /** From this length on, a whole string is encoded by the JDK's encoder. */
    private static final int LONG = 2048;

    public Utf8Buffer(int capacity) {
        bytes = new byte[capacity];
    }

    /** Empties the buffer for the next page, keeping its array. */
    public void reset() {
        size = 0;
        high = 0;
    }

    /** The array the bytes are in; only the first {@link #size()} count, after {@link #finish()}. */
    public byte[] bytes() {
        return bytes;
    }

    public int size() {
        return size;
    }

    /** Ends the text: a high surrogate still waiting has no pair. */
    public void finish() {
        if (high != 0) {
            ensure(1);
            bytes[size++] = '?';
            high = 0;
        }
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        ensure(len * 3 + 1);
        byte[] b = bytes;
        int n = size;
        for (int i = off, end = off + len; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && high == 0) {
                b[n++] = (byte) c; // most of a page is ASCII
            } else {
                size = n;
                put(c);
                n = size;
            }
        }
        size = n;
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    /** Strings are copied out in bulk first: reading them char by char costs more than the copy. */
    @Override
    public void write(String s, int off, int len) {
        if (len >= LONG && high == 0 && off == 0 && len == s.length() && !Character.isHighSurrogate(s.charAt(len - 1))) {
            // a whole long string: the JDK's encoder is fastest, with the same bytes
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            writeUtf8(utf8, 0, utf8.length);
            return;
        }
        while (len > 0) {
            int n = Math.min(len, chunk.length);
            s.getChars(off, off + n, chunk, 0);
            write(chunk, 0, n);
            off += n;
            len -= n;
        }
    }

    /** Text that is UTF-8 already (a page body), copied as it is. */
    public void writeUtf8(byte[] utf8, int off, int len) {
        finish(); // a high surrogate before it has no pair: the bytes hold none to give it
        ensure(len);
        System.arraycopy(utf8, off, bytes, size, len);
        size += len;
    }

    /** One character; room for it is ensured by the caller (three bytes per char, plus one). */
    private void put(char c) {
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                bytes[size++] = (byte) (0xF0 | cp >> 18);
                bytes[size++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            bytes[size++] = '?';
        }
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | (c >> 6 & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
