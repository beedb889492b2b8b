package io.github.lorewiki.engine.cli;

import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.diag.Diagnostic;
import io.github.lorewiki.engine.diag.TextReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The engine as a command: what the Maven goals start in a forked JVM ({@code lore.fork}), and usable by
 * hand with the plugin's class path:
 * <pre>java -cp … io.github.lorewiki.engine.cli.LoreCli build --source DIR --output DIR [options]</pre>
 * Exit status: 0 when the run passed, 1 when it found errors (or warnings with {@code --fail-on-warnings}),
 * 2 for a wrong command line, 3 when a file could not be read or written.
 * <p>
 * {@code --timings} also prints how long each stage took. Two options are for the Maven side: {@code --result FILE} writes the whole result to FILE
 * ({@link ResultFile}) instead of printing it, and {@code --exit-with-parent} stops the JVM as soon as its
 * standard input closes, so that a build whose Maven was killed does not run on alone.
 */
public final class LoreCli {
    static final int PASSED = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int IO_FAILURE = 3;

    private static final String USAGE_TEXT = """
            usage: LoreCli [--result FILE] [--exit-with-parent] [--timings] build|check --source DIR [--output DIR]
                   [--templates DIR] [--project DIR] [--title TEXT] [--base-url URL] [--drafts] [--threads N]
                   [--glossary-link first|all|off] [--rules ID=LEVEL,...] [--reports DIR] [--fail-on-warnings]""";

    private LoreCli() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.in, System.out, System.err));
    }

    static int run(List<String> args, InputStream parent, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        Path result = null;
        boolean timings = false;
        while (!rest.isEmpty() && rest.get(0).startsWith("--")) {
            String option = rest.remove(0);
            if (option.equals("--exit-with-parent")) {
                exitWithParent(parent);
            } else if (option.equals("--timings")) {
                timings = true;
            } else if (option.equals("--result") && !rest.isEmpty()) {
                result = Path.of(rest.remove(0));
            } else {
                err.println("lore: " + (option.equals("--result") ? "--result needs a file" : "unknown option " + option));
                err.println(USAGE_TEXT);
                return USAGE;
            }
        }
        Invocation invocation;
        try {
            invocation = Invocation.parse(rest);
        } catch (IllegalArgumentException e) {
            err.println("lore: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            BuildResult r = invocation.run();
            if (result != null) {
                ResultFile.write(result, r);
                return PASSED;
            }
            print(invocation, r, out, err);
            if (timings) out.println("Stages: " + r.stageLine());
            return r.errors() > 0 || (invocation.failOnWarnings() && r.warnings() > 0) ? FAILED : PASSED;
        } catch (UncheckedIOException | IOException e) {
            String message = (e instanceof UncheckedIOException u ? u.getCause() : e).getMessage();
            if (result == null) {
                err.println("lore: could not read or write a file: " + message);
                return IO_FAILURE;
            }
            try {
                ResultFile.writeIoFailure(result, message);
                return PASSED;
            } catch (IOException again) {
                err.println("lore: could not read or write a file: " + message + "; nor write " + result + ": " + again.getMessage());
                return IO_FAILURE;
            }
        }
    }

    private static void print(Invocation invocation, BuildResult r, PrintStream out, PrintStream err) {
        for (Diagnostic d : r.diagnostics()) err.println(d.format());
        for (String line : TextReport.summary(r.diagnostics())) out.println(line);
        String what = invocation.command() == Invocation.Command.BUILD
                ? r.written() ? String.format(Locale.ROOT, "Wrote %d pages (%d articles) to %s", r.pages(), r.articles(), invocation.request().output())
                : "Wrote nothing; the previous output was left as it was"
                : String.format(Locale.ROOT, "Checked %d articles", r.articles());
        out.println(String.format(Locale.ROOT, "%s in %.1f s: %s", what, r.millis() / 1000.0, TextReport.counts(r.errors(), r.warnings())));
    }

    /** Halts the JVM once {@code parent} reaches its end: the process that started this one has gone. */
    private static void exitWithParent(InputStream parent) {
        Thread watch = new Thread(() -> {
            try {
                while (parent.read() >= 0) {
                    // the parent writes nothing; reading only waits for the end
                }
            } catch (IOException e) {
                // a broken pipe means the same as the end
            }
            Runtime.getRuntime().halt(130);
        }, "lore-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
