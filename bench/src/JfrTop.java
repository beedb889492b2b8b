import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Summarizes a JFR recording of a Lore build: where the CPU samples fall by pipeline stage (LOAD, PARSE,
 * LINK, RENDER, WRITE and their parts), the hottest methods (self and inclusive), allocation by stage,
 * threads waiting in native code (I/O), and GC pauses. JDK 17's {@code jfr} tool has no hot-methods view,
 * hence this.
 * <pre>java JfrTop FILE.jfr [TOP] [--callees METHOD_PREFIX]...</pre>
 * {@code --callees} adds, for each method named, what its samples were spent in: the next frame towards the
 * top of the stack, inclusive.
 *
 * <p>Each sample is charged to the innermost frame of its stack that one of the {@link #RULES} names; so a
 * HashMap lookup made by the link resolver counts as LINK, and flexmark's parser counts as PARSE · flexmark
 * whatever inner class it is in. A few {@link #CONTEXT_RULES} win from anywhere on the stack. Record with a
 * deep stack ({@code -XX:FlightRecorderOptions=stackdepth=512}; the default 64 cuts flexmark's deep stacks).
 */
public final class JfrTop {

    /** method prefix (class.method, or a class or package prefix) → category; the first rule that matches a frame wins. */
    static final String[][] RULES = {
            {"io.github.lorewiki.engine.parse.ArticleParser.readUtf8", "PARSE · read file + decode UTF-8"},
            {"io.github.lorewiki.engine.parse.FrontMatterParser", "PARSE · front matter (YAML)"},
            {"io.github.lorewiki.engine.parse.YamlSource", "PARSE · front matter (YAML)"},
            {"io.github.lorewiki.engine.parse.ComparisonParser", "PARSE · comparisons (YAML)"},
            {"io.github.lorewiki.engine.parse.Glossary", "PARSE · glossary"},
            {"com.vladsch.flexmark.parser.Parser.parse", "PARSE · flexmark parse"},
            {"io.github.lorewiki.engine.parse.LinkCollector", "PARSE · collect links, headings, positions"},
            {"io.github.lorewiki.engine.parse.ArticleParser$Collector", "PARSE · collect links, headings, positions"},
            {"io.github.lorewiki.engine.diag.LineIndex", "PARSE · collect links, headings, positions"},
            {"io.github.lorewiki.engine.model.Slug", "slugs (Slug.of / Slug.key)"},
            {"io.github.lorewiki.engine.parse", "PARSE · other"},
            {"io.github.lorewiki.engine.link", "LINK · resolve links, backlinks, categories"},
            {"io.github.lorewiki.engine.check", "CHECK · link integrity checks"},
            {"io.github.lorewiki.engine.model.OutputPaths.relative", "relative URLs (OutputPaths.relative)"},
            {"io.github.lorewiki.engine.model.OutputPaths", "output paths (OutputPaths)"},
            // Lore's body writer, and the flexmark path it falls back to (Lore's node renderers wrap flexmark's): one category
            {"io.github.lorewiki.engine.render.HtmlBody", "RENDER · article body HTML (flexmark + Lore node renderers)"},
            {"io.github.lorewiki.engine.render.LinkHtml", "RENDER · article body HTML (flexmark + Lore node renderers)"},
            {"io.github.lorewiki.engine.render.FootnotesHtml", "RENDER · article body HTML (flexmark + Lore node renderers)"},
            {"io.github.lorewiki.engine.render.LoreNodeRenderer", "RENDER · article body HTML (flexmark + Lore node renderers)"},
            {"com.vladsch.flexmark.html.HtmlRenderer.render", "RENDER · article body HTML (flexmark + Lore node renderers)"},
            {"io.github.lorewiki.engine.render.BodyRenderer", "RENDER · article body HTML (flexmark + Lore node renderers)"},
            {"freemarker.", "RENDER · Freemarker templates"},
            {"io.github.lorewiki.engine.render.Theme", "RENDER · Freemarker templates"},
            {"io.github.lorewiki.engine.render.ViewFactory", "RENDER · page views (navigation, lists)"},
            {"io.github.lorewiki.engine.write.StagedOutput.write", "WRITE · page files"},
            {"io.github.lorewiki.engine.write.StagedOutput.copy", "WRITE · copy static files"},
            {"io.github.lorewiki.engine.write", "WRITE · staging, commit, deletes"},
            {"io.github.lorewiki.engine.render.PageSink.write", "WRITE · page files"},
            {"io.github.lorewiki.engine.source", "LOAD · scan source folder"},
            {"io.github.lorewiki.engine.render", "RENDER · other"},
            {"io.github.lorewiki.engine.diag", "diagnostics"},
            {"io.github.lorewiki.engine", "engine · other"},
            {"BenchHarness", "harness (not Lore: clearing the output)"},
    };

    /**
     * Frames that decide the category wherever they are on the stack, checked before {@link #RULES}: work that
     * looks like another stage from inside (a Markdown snippet is parsed and rendered by flexmark too).
     */
    static final String[][] CONTEXT_RULES = {
            {"io.github.lorewiki.engine.render.BodyRenderer.fragment", "RENDER · Markdown snippets (summaries, table cells)"},
            {"io.github.lorewiki.engine.render.BodyRenderer.plainText", "RENDER · Markdown snippets (summaries, table cells)"},
            {"io.github.lorewiki.engine.render.ComparisonViews", "RENDER · comparisons"},
            {"io.github.lorewiki.engine.render.ComparisonJson", "RENDER · comparisons"},
            {"io.github.lorewiki.engine.link.ComparisonAssembler", "LINK · comparisons"},
            {"io.github.lorewiki.engine.glossary.GlossaryParser", "GLOSSARY · read glossary files"},
            {"io.github.lorewiki.engine.glossary", "GLOSSARY · find and link term mentions"},
            {"io.github.lorewiki.engine.render.GlossaryViews", "GLOSSARY · glossary page and JSON"},
            {"io.github.lorewiki.engine.render.TermLinks", "GLOSSARY · find and link term mentions"},
            {"io.github.lorewiki.engine.render.TermTags", "GLOSSARY · find and link term mentions"},
            {"io.github.lorewiki.engine.search", "SEARCH · search index"},
    };

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int top = 25;
        List<String> calleesOf = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--callees")) calleesOf.add(args[++i]);
            else top = Integer.parseInt(args[i]);
        }
        Map<String, Map<String, Long>> callees = new HashMap<>();
        Map<String, Map<String, Long>> deciders = new HashMap<>();
        Map<String, Long> mainStage = new HashMap<>();
        Map<String, Long> calleeTotals = new HashMap<>();
        Map<String, Long> stage = new HashMap<>();
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> threads = new HashMap<>();
        Map<String, Long> nativeStage = new HashMap<>();
        Map<String, Long> nativeTop = new HashMap<>();
        Map<String, Long> allocStage = new HashMap<>();
        Map<String, Long> allocSite = new HashMap<>();
        long samples = 0;
        long nativeSamples = 0;
        long allocBytes = 0;
        long gcCount = 0;
        Duration gcTotal = Duration.ZERO;
        Duration gcLongest = Duration.ZERO;
        Duration pauseTotal = Duration.ZERO;

        // the harness writes the timed builds' window beside the recording, which also covers the warm-ups
        Path windowFile = Path.of(file + ".window");
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        if (Files.exists(windowFile)) {
            String[] w = Files.readString(windowFile).trim().split(" ");
            from = Long.parseLong(w[0]);
            to = Long.parseLong(w[1]);
        }
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            long at = e.getStartTime().toEpochMilli();
            if (at < from || at > to) continue;
            String type = e.getEventType().getName();
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    List<RecordedFrame> frames = frames(e.getStackTrace());
                    if (frames.isEmpty()) continue;
                    samples++;
                    add(stage, category(frames));
                    String[] decided = rule(frames);
                    if (decided != null) add(deciders.computeIfAbsent(decided[2], k -> new HashMap<>()), decided[0]);
                    add(self, name(frames.get(0)));
                    Set<String> seen = new HashSet<>();
                    for (RecordedFrame f : frames) if (seen.add(name(f))) add(inclusive, name(f));
                    add(threads, threadGroup(e));
                    if ("main".equals(threadGroup(e))) add(mainStage, category(frames));
                    for (String c : calleesOf) {
                        // the outermost frame of that method, and the frame it called
                        for (int i = frames.size() - 1; i >= 0; i--) {
                            if (name(frames.get(i)).startsWith(c)) {
                                add(calleeTotals, c);
                                add(callees.computeIfAbsent(c, k -> new HashMap<>()), i == 0 ? "(self)" : name(frames.get(i - 1)));
                                break;
                            }
                        }
                    }
                }
                case "jdk.NativeMethodSample" -> {
                    List<RecordedFrame> frames = frames(e.getStackTrace());
                    if (frames.isEmpty()) continue;
                    String cat = category(frames);
                    if (cat.startsWith("other")) continue; // idle pool threads, the JFR recorder, …
                    nativeSamples++;
                    add(nativeStage, cat);
                    add(nativeTop, name(frames.get(0)));
                }
                case "jdk.ObjectAllocationSample" -> {
                    List<RecordedFrame> frames = frames(e.getStackTrace());
                    long weight = e.getLong("weight");
                    allocBytes += weight;
                    allocStage.merge(frames.isEmpty() ? "other" : category(frames), weight, Long::sum);
                    String cls = e.getClass("objectClass") == null ? "?" : e.getClass("objectClass").getName();
                    allocSite.merge(cls + " ← " + (frames.isEmpty() ? "?" : firstNonJdk(frames)), weight, Long::sum);
                }
                case "jdk.GarbageCollection" -> {
                    gcCount++;
                    gcTotal = gcTotal.plus(e.getDuration());
                    if (e.getDuration().compareTo(gcLongest) > 0) gcLongest = e.getDuration();
                    pauseTotal = pauseTotal.plus(e.getDuration("sumOfPauses"));
                }
                default -> {
                }
            }
        }

        System.out.printf(Locale.ROOT, "JFR profile of %s%s%n%n", file.getFileName(),
                from == Long.MIN_VALUE ? "" : String.format(Locale.ROOT, " (timed builds only: %.1f s of the recording)", (to - from) / 1000.0));
        System.out.printf(Locale.ROOT, "CPU samples (jdk.ExecutionSample): %d%n%n", samples);
        System.out.println("By pipeline stage (each sample charged to the innermost stage frame on its stack):");
        print(stage, samples, 100);
        final long totalSamples = samples;
        System.out.println("\nThe frames that decided each category (the largest categories, their top frames):");
        stage.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(8).forEach(en -> {
            System.out.println("  " + en.getKey() + ":");
            deciders.getOrDefault(en.getKey(), Map.of()).entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(4)
                    .forEach(d -> System.out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * d.getValue() / Math.max(1, totalSamples), d.getKey()));
        });
        System.out.println("\nBy thread:");
        print(threads, samples, top);
        System.out.println("\nThe main thread (work outside the worker pool, i.e. serial), by stage, as a share of all samples:");
        print(mainStage, samples, 10);
        System.out.println("\nHottest methods, self time (the frame on top of the stack):");
        print(self, samples, top);
        System.out.println("\nHottest methods, inclusive (the frame anywhere on the stack), Lore and library frames:");
        Map<String, Long> libs = new HashMap<>();
        inclusive.forEach((k, v) -> {
            if (k.startsWith("io.github.lorewiki") || k.startsWith("com.vladsch") || k.startsWith("freemarker")
                    || k.startsWith("org.snakeyaml") || k.startsWith("java.nio.file.Files")) libs.put(k, v);
        });
        print(libs, samples, top);
        for (String c : calleesOf) {
            long n = calleeTotals.getOrDefault(c, 0L);
            System.out.printf(Locale.ROOT, "%nCallees of %s (%.1f%% of all samples), as a share of all samples:%n", c, samples == 0 ? 0 : 100.0 * n / samples);
            print(callees.getOrDefault(c, Map.of()), samples, top);
        }
        System.out.printf(Locale.ROOT, "%nThreads in native code (jdk.NativeMethodSample, mostly I/O), build threads only: %d samples%n", nativeSamples);
        print(nativeStage, nativeSamples, 20);
        System.out.println("  top native frames:");
        print(nativeTop, nativeSamples, 10);
        System.out.printf(Locale.ROOT, "%nAllocation (jdk.ObjectAllocationSample, weighted): %,.0f MB sampled weight%n", allocBytes / 1048576.0);
        print(allocStage, allocBytes, 100);
        System.out.println("  top allocation sites (class ← first non-JDK frame):");
        print(allocSite, allocBytes, top);
        System.out.printf(Locale.ROOT, "%nGC: %d collections, %d ms in collections, %d ms of pauses, longest %d ms%n",
                gcCount, gcTotal.toMillis(), pauseTotal.toMillis(), gcLongest.toMillis());
    }

    static List<RecordedFrame> frames(RecordedStackTrace st) {
        if (st == null) return List.of();
        List<RecordedFrame> out = new ArrayList<>();
        for (RecordedFrame f : st.getFrames()) if (f.isJavaFrame() && f.getMethod() != null) out.add(f);
        return out;
    }

    static String name(RecordedFrame f) {
        RecordedMethod m = f.getMethod();
        return m.getType().getName() + "." + m.getName();
    }

    static String category(List<RecordedFrame> frames) {
        String[] rule = rule(frames);
        return rule == null ? "other (JVM, JFR, not under Lore)" : rule[2];
    }

    /** The frame that decided the category, the rule's prefix and the category; null for none. */
    static String[] rule(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String n = name(f);
            for (String[] r : CONTEXT_RULES) if (n.startsWith(r[0])) return new String[]{n, r[0], r[1]};
        }
        for (RecordedFrame f : frames) {
            String n = name(f);
            for (String[] r : RULES) if (n.startsWith(r[0])) return new String[]{n, r[0], r[1]};
        }
        return null;
    }

    static String firstNonJdk(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (!n.startsWith("java.") && !n.startsWith("jdk.") && !n.startsWith("sun.")) return n;
        }
        return name(frames.get(0));
    }

    static String threadGroup(RecordedEvent e) {
        var t = e.getThread("sampledThread");
        if (t == null) return "?";
        String name = t.getJavaName() == null ? t.getOSName() : t.getJavaName();
        return name == null ? "?" : name.replaceAll("-\\d+$", "-N").replaceAll("worker-\\d+", "worker-N");
    }

    static void add(Map<String, Long> m, String k) {
        m.merge(k, 1L, Long::sum);
    }

    static void print(Map<String, Long> m, long total, int limit) {
        m.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(limit).forEach(en ->
                System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", total == 0 ? 0 : 100.0 * en.getValue() / total, en.getKey()));
    }
}
