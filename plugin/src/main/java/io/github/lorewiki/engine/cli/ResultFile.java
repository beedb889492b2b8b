package io.github.lorewiki.engine.cli;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.Severity;
import io.github.lorewiki.engine.diag.SourcePos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a forked JVM hands its {@link BuildResult} back: a small UTF-8 text file, one field per line and one
 * diagnostic per line with tab-separated fields, so that the Maven side logs and fails exactly as it would
 * after an in-process run. A run that could not read or write a file says so instead ({@code io-failure}).
 */
public final class ResultFile {
    private static final String MAGIC = "lore-result 1";

    /** What the forked run came to: a result, or the message of the I/O failure that stopped it. */
    public record Outcome(BuildResult result, String ioFailure) {
    }

    private ResultFile() {
    }

    public static void write(Path file, BuildResult r) throws IOException {
        StringBuilder sb = new StringBuilder(MAGIC).append('\n');
        sb.append("written\t").append(r.written()).append('\n');
        sb.append("pages\t").append(r.pages()).append('\n');
        sb.append("articles\t").append(r.articles()).append('\n');
        sb.append("millis\t").append(r.millis()).append('\n');
        for (BuildResult.StageTime t : r.stages()) sb.append("stage\t").append(escape(t.stage())).append('\t').append(t.millis()).append('\n');
        for (Diagnostic d : r.diagnostics()) {
            sb.append("diagnostic\t").append(d.severity().name()).append('\t').append(escape(d.rule()))
                    .append('\t').append(d.pos().line()).append('\t').append(d.pos().column())
                    .append('\t').append(escape(d.pos().path())).append('\t').append(escape(d.message()))
                    .append('\t').append(escape(d.hint())).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    public static void writeIoFailure(Path file, String message) throws IOException {
        Files.writeString(file, MAGIC + "\nio-failure\t" + escape(message) + "\n", StandardCharsets.UTF_8);
    }

    /** @throws IOException when the file is missing, unreadable, or not a result file */
    public static Outcome read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) throw new IOException(file + " is not a Lore result file");
        boolean written = false;
        int pages = 0;
        int articles = 0;
        long millis = 0;
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<BuildResult.StageTime> stages = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            try {
                switch (f[0]) {
                    case "io-failure" -> {
                        return new Outcome(null, unescape(f[1]));
                    }
                    case "written" -> written = Boolean.parseBoolean(f[1]);
                    case "pages" -> pages = Integer.parseInt(f[1]);
                    case "articles" -> articles = Integer.parseInt(f[1]);
                    case "millis" -> millis = Long.parseLong(f[1]);
                    case "stage" -> stages.add(new BuildResult.StageTime(unescape(f[1]), Long.parseLong(f[2])));
                    case "diagnostic" -> diagnostics.add(new Diagnostic(Severity.valueOf(f[1]), unescape(f[2]),
                            new SourcePos(unescape(f[5]), Integer.parseInt(f[3]), Integer.parseInt(f[4])),
                            unescape(f[6]), unescape(f[7])));
                    default -> throw new IOException("unknown field '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IOException(file + " line " + (i + 1) + " cannot be read: " + e.getMessage(), e);
            }
        }
        return new Outcome(new BuildResult(written, pages, articles, diagnostics, millis, stages), null);
    }

    /** Tabs, line breaks and backslashes as escapes, so that a field stays on its line. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            sb.append(switch (e) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> e;
            });
        }
        return sb.toString();
    }
}
