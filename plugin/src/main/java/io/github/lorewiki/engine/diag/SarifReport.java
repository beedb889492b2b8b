package io.github.lorewiki.engine.diag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Diagnostics as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the format
 * code-scanning views read: one run of the tool "Lore", its rules, and one result per diagnostic with the
 * file (relative to the project) and, when known, the line and column.
 */
public final class SarifReport {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /**
     * A rule as the report describes it.
     *
     * @param level the severity the rule is reported at in this run, or null when it is off
     */
    public record RuleInfo(String id, String description, Severity level) {
    }

    private SarifReport() {
    }

    /**
     * @param rules   the rules of the run; a diagnostic whose rule is not among them gets an entry of its own
     * @param version the tool's version, or null when unknown
     */
    public static String format(List<Diagnostic> diagnostics, List<RuleInfo> rules, String version) {
        List<RuleInfo> all = new ArrayList<>(rules);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (RuleInfo r : rules) index.putIfAbsent(r.id(), index.size());
        for (Diagnostic d : diagnostics) {
            if (!index.containsKey(d.rule())) {
                index.put(d.rule(), all.size());
                all.add(new RuleInfo(d.rule(), d.rule(), d.severity()));
            }
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Lore");
        if (version != null && !version.isBlank()) driver.put("version", version);
        driver.put("rules", all.stream().map(SarifReport::rule).toList());

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("columnKind", "utf16CodeUnits");
        run.put("results", diagnostics.stream().map(d -> result(d, index.get(d.rule()))).toList());

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        StringBuilder sb = new StringBuilder();
        write(sb, log, "");
        return sb.append('\n').toString();
    }

    private static Map<String, Object> rule(RuleInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("shortDescription", Map.of("text", r.description()));
        m.put("defaultConfiguration", r.level() == null ? Map.of("enabled", false) : Map.of("level", level(r.level())));
        return m;
    }

    private static Map<String, Object> result(Diagnostic d, int ruleIndex) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", d.rule());
        m.put("ruleIndex", ruleIndex);
        m.put("level", level(d.severity()));
        m.put("message", Map.of("text", d.hint().isEmpty() ? d.message() : d.message() + "; " + d.hint()));
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("uri", uri(d.pos().path()));
        if (!isAbsolute(d.pos().path())) artifact.put("uriBaseId", "%SRCROOT%");
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact);
        if (d.pos().line() > 0) {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", d.pos().line());
            if (d.pos().column() > 0) region.put("startColumn", d.pos().column());
            physical.put("region", region);
        }
        m.put("locations", List.of(Map.of("physicalLocation", physical)));
        return m;
    }

    private static String level(Severity s) {
        return s.label();
    }

    private static boolean isAbsolute(String path) {
        return path.startsWith("/") || path.matches("^[A-Za-z]:[\\\\/].*");
    }

    /** A relative URI reference for a relative path, a file: URI for an absolute one; unsafe characters percent-encoded. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        StringBuilder sb = new StringBuilder(p.length() + 8);
        if (isAbsolute(p)) sb.append(p.startsWith("/") ? "file://" : "file:///");
        for (byte b : p.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(indent).append("  ");
                string(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                write(sb, e.getValue(), indent + "  ");
                sb.append(++i < map.size() ? ",\n" : "\n");
            }
            sb.append(indent).append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                sb.append(indent).append("  ");
                write(sb, list.get(i), indent + "  ");
                sb.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            sb.append(indent).append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else {
            string(sb, String.valueOf(value));
        }
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
