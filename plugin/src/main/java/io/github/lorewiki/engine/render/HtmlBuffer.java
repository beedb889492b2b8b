package io.github.lorewiki.engine.render;

import java.util.Arrays;

/**
 * A growable run of characters for writing one page body, with what {@link StringBuilder} offers that the body
 * writers use. Why not a StringBuilder: once one holds a single character beyond Latin-1 (a "›", a curly quote,
 * a dash) it stores two bytes per character, and from then on (JDK 17) each append of part of a String copies
 * it one {@code charAt} at a time. Bodies are mostly copies of parts of their source, so that took ~8 % of a
 * build's CPU samples. Here every append of part of a String is one bulk {@link String#getChars} copy, whatever it holds;
 * {@link #toString} still gives a compact Latin-1 String when it can.
 */
final class HtmlBuffer implements CharSequence {
    private char[] value;
    private int length;

    HtmlBuffer(int capacity) {
        value = new char[Math.max(16, capacity)];
    }

    HtmlBuffer() {
        this(64);
    }

    private void room(int more) {
        int need = length + more;
        if (need > value.length) value = Arrays.copyOf(value, Math.max(need, value.length * 2));
    }

    HtmlBuffer append(String s) {
        int n = s.length();
        room(n);
        s.getChars(0, n, value, length);
        length += n;
        return this;
    }

    /** Appends {@code s[from, to)}. */
    HtmlBuffer append(String s, int from, int to) {
        room(to - from);
        s.getChars(from, to, value, length);
        length += to - from;
        return this;
    }

    HtmlBuffer append(CharSequence s) {
        if (s instanceof String str) return append(str);
        if (s instanceof HtmlBuffer b) {
            room(b.length);
            System.arraycopy(b.value, 0, value, length, b.length);
            length += b.length;
            return this;
        }
        return append(s.toString());
    }

    HtmlBuffer append(char c) {
        if (length == value.length) room(1);
        value[length++] = c;
        return this;
    }

    HtmlBuffer append(int i) {
        return append(Integer.toString(i));
    }

    int capacity() {
        return value.length;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public boolean isEmpty() {
        return length == 0;
    }

    @Override
    public char charAt(int index) {
        if (index >= length) throw new IndexOutOfBoundsException(index);
        return value[index];
    }

    /** Cuts the text back to {@code newLength} characters; never longer. */
    void setLength(int newLength) {
        if (newLength < 0 || newLength > length) throw new IndexOutOfBoundsException(newLength);
        length = newLength;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) throw new IndexOutOfBoundsException(start);
        return new String(value, start, end - start);
    }

    @Override
    public String toString() {
        return new String(value, 0, length);
    }
}
