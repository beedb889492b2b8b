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

    private void comma() {
        if (needComma) sb.append(',');
    }

    private void quote(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c"); // safe to inline in a <script> later
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
