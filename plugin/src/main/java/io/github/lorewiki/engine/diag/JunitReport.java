package io.github.lorewiki.engine.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Diagnostics as JUnit XML, the format CI test views read: one test suite {@code lore.check}, one test case
 * per checked file, and in it one {@code <failure>} per error or warning (type: the rule id, message: the
 * diagnostic line). A file without problems is a passing test case. Nothing time-dependent is written, so
 * the same input gives the same file.
 */
public final class JunitReport {
    public static final String SUITE = "lore.check";

    private JunitReport() {
    }

    /**
     * @param files every file that was checked, by its path as diagnostics show it; files that only
     *              appear in a diagnostic (configuration, templates) are added
     */
    public static String format(List<Diagnostic> diagnostics, Collection<String> files) {
        Map<String, List<Diagnostic>> byFile = new TreeMap<>();
        for (String f : files) byFile.put(f, new ArrayList<>());
        for (Diagnostic d : diagnostics) byFile.computeIfAbsent(d.pos().path(), k -> new ArrayList<>()).add(d);
        long failing = byFile.values().stream().filter(l -> !l.isEmpty()).count();

        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuite name=\"").append(SUITE).append("\" tests=\"").append(byFile.size())
                .append("\" failures=\"").append(failing).append("\" errors=\"0\" skipped=\"0\">\n");
        byFile.forEach((file, list) -> {
            sb.append("  <testcase classname=\"").append(SUITE).append("\" name=\"").append(escape(file)).append('"');
            if (list.isEmpty()) {
                sb.append("/>\n");
                return;
            }
            sb.append(">\n");
            for (Diagnostic d : list) {
                String line = escape(d.format());
                sb.append("    <failure type=\"").append(escape(d.rule())).append("\" message=\"").append(line).append("\">")
                        .append(line).append("</failure>\n");
            }
            sb.append("  </testcase>\n");
        });
        sb.append("</testsuite>\n");
        return sb.toString();
    }

    /**
     * Text made safe for XML attribute values and character data: markup characters and line breaks as
     * references, and characters XML 1.0 does not allow replaced by U+FFFD.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
