package io.github.lorewiki.engine.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable run of UTF-8 bytes for writing one page body, with the appends the body writers use. A page ends
 * up as UTF-8 in its file, so writing it as bytes from the start saves copying it from chars to a String and
 * from the String to bytes again: in the C1-compiled engine the fork runs, those copies are loops, and they took
 * ~12 % of a build's CPU samples. Text escaped for HTML is written straight into the array by {@link HtmlText};
 * tags made once per build are kept as bytes and copied in bulk.
 * <p>Each append is encoded on its own, as {@link String#getBytes} encodes a String: a surrogate without its
 * pair in the same append becomes '?'. The writers never split a pair between two appends.
 */
final class HtmlBuffer {
    private byte[] bytes;
    private int length;

    HtmlBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    HtmlBuffer() {
        this(64);
    }

    /** The array to write {@code more} bytes into from {@link #length()} on; {@link #commit} says how far it went. */
    byte[] reserve(int more) {
        int need = length + more;
        if (need > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(need, bytes.length * 2));
        return bytes;
    }

    /** Sets the length after writing into the array of {@link #reserve}. */
    void commit(int newLength) {
        if (newLength < length || newLength > bytes.length) throw new IndexOutOfBoundsException(newLength);
        length = newLength;
    }

    HtmlBuffer append(String s) {
        return append(s, 0, s.length());
    }

    /** Appends {@code s[from, to)}. */
    HtmlBuffer append(String s, int from, int to) {
        byte[] b = reserve(3 * (to - from)); // at most three bytes per char: a pair of two makes four
        int n = length;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else {
                char next = i + 1 < to ? s.charAt(i + 1) : 0;
                n = encode(c, next, b, n);
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) i++;
            }
        }
        length = n;
        return this;
    }

    HtmlBuffer append(CharSequence s) {
        return append(s.toString());
    }

    /** Appends UTF-8 bytes as they are: text encoded once and written many times. */
    HtmlBuffer append(byte[] utf8) {
        return append(utf8, 0, utf8.length);
    }

    private HtmlBuffer append(byte[] utf8, int from, int n) {
        reserve(n);
        System.arraycopy(utf8, from, bytes, length, n);
        length += n;
        return this;
    }

    /** Appends one character; a surrogate, which has no pair here, becomes '?'. */
    HtmlBuffer append(char c) {
        byte[] b = reserve(3);
        if (c < 0x80) b[length++] = (byte) c;
        else length = encode(c, (char) 0, b, length);
        return this;
    }

    HtmlBuffer append(int i) {
        return append(Integer.toString(i));
    }

    /**
     * Writes non-ASCII {@code c} as UTF-8 at {@code b[n]} and returns the new length; {@code next} is the character
     * after it, or 0. Room for four bytes must be there when {@code c} is a high surrogate, else for three.
     */
    static int encode(char c, char next, byte[] b, int n) {
        if (c < 0x800) {
            b[n++] = (byte) (0xC0 | c >> 6);
            b[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                int cp = Character.toCodePoint(c, next);
                b[n++] = (byte) (0xF0 | cp >> 18);
                b[n++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                b[n++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                b[n++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[n++] = '?';
            }
        } else {
            b[n++] = (byte) (0xE0 | c >> 12);
            b[n++] = (byte) (0x80 | (c >> 6 & 0x3F));
            b[n++] = (byte) (0x80 | (c & 0x3F));
        }
        return n;
    }

    int capacity() {
        return bytes.length;
    }

    /** The number of bytes written. */
    int length() {
        return length;
    }

    /** Whether nothing is written yet or the last character written is a line end. */
    boolean atLineStart() {
        return length == 0 || bytes[length - 1] == '\n';
    }

    /** Cuts the text back to {@code newLength} bytes, a length it had before; never longer. */
    void setLength(int newLength) {
        if (newLength < 0 || newLength > length) throw new IndexOutOfBoundsException(newLength);
        length = newLength;
    }

    /** The bytes written, in an array of their own. */
    byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
