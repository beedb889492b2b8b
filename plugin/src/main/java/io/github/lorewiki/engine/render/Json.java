package io.github.lorewiki.engine.render;

/** A minimal JSON writer for the engine's machine-readable outputs: correct escaping, stable layout, no dependency. */
public final class Json {
    private final StringBuilder sb;
    private boolean needComma;

    public Json() {
        this(new StringBuilder());
    }

    /** Writes into the given text, after what it holds: a large file is written once, not copied value by value. */
    public Json(StringBuilder into) {
        this.sb = into;
    }

    public Json open(char bracket) {
        comma();
        sb.append(bracket);
        needComma = false;
        return this;
    }

    public Json close(char bracket) {
        sb.append(bracket);
        needComma = true;
        return this;
    }

    public Json key(String name) {
        comma();
        quote(name);
        sb.append(':');
        needComma = false;
        return this;
    }

    public Json string(String value) {
        comma();
        if (value == null) sb.append("null");
        else quote(value);
        needComma = true;
        return this;
    }

    public Json bool(boolean value) {
        comma();
        sb.append(value);
        needComma = true;
        return this;
    }

    public Json number(long value) {
        comma();
        sb.append(value);
        needComma = true;
        return this;
    }

    /** Appends JSON text made by another writer as the next value, such as a value written once and repeated. */
    public Json raw(String json) {
        comma();
        sb.append(json);
        needComma = true;
        return this;
    }

    private void comma() {
        if (needComma) sb.append(',');
    }

    /** Quotes a string; the runs between characters that need escaping are copied whole (most strings have none). */
    private void quote(String s) {
        sb.append('"');
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<') continue;
            sb.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c"); // safe to inline in a <script> later
                default -> sb.append(String.format("\\u%04x", (int) c));
            }
        }
        if (run == 0) sb.append(s); // nothing escaped: one bulk copy
        else sb.append(s, run, s.length());
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
