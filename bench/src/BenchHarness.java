import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.lorewiki.engine.BuildRequest;
import io.github.lorewiki.engine.BuildResult;
import io.github.lorewiki.engine.LoreEngine;
import io.github.lorewiki.engine.diag.Diagnostic;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Runs one in-process variant: the Lore engine ({@code new LoreEngine().build(request)}) or the bare
 * Flexmark + Freemarker floor loop. One (or more) warm-up build, then K timed builds, each from an empty
 * output folder. Prints one line per timed build:
 * <pre>RESULT mode=lore threads=2 articles=1000 pages=1069 wall_ms=… cpu_ms=… gc_ms=… heap_peak_mb=… heap_live_mb=… status=ok</pre>
 *
 * <ul>
 *   <li>wall_ms: the build call alone (clearing the output and a System.gc() happen before the clock starts);</li>
 *   <li>cpu_ms: process CPU time over the build, every thread (workers, JIT, GC);</li>
 *   <li>jit_ms: time the JIT compiler threads spent compiling during the build (part of cpu_ms);</li>
 *   <li>heap_peak_mb: the most heap in use at any moment of the build, garbage included: the largest
 *       "before GC" occupancy of any collection during the build (heap use only grows between collections),
 *       or the use at the end if higher. It depends on -Xmx and the collector: a big heap fills up before
 *       G1 collects;</li>
 *   <li>heap_live_mb: the largest heap occupancy right after any collection during the build, an estimate of
 *       the live data the build needs (0 when no collection ran);</li>
 *   <li>other_cpu_ms: CPU time the rest of the machine used during the build (from /proc/stat, minus this
 *       process); well above zero means another program competed for the cores and the sample is disturbed;</li>
 *   <li>pool_peaks_mb: the sum of the heap pools' own peak usage (MemoryPoolMXBean, reset before the build);
 *       an upper bound, since the pools peak at different moments.</li>
 * </ul>
 * Usage: {@code BenchHarness --mode lore|floor --source DIR --output DIR [--threads T] [--warmup W] [--runs K]
 * [--articles N] [--jfr FILE]}. With --jfr, a JFR recording (profile settings) runs from before the warm-ups,
 * and FILE.window holds the timed builds' start and end (epoch ms) for JfrTop.
 * Exits 1 when a Lore build reports an error or is not written; warnings (the corpus is meant to have none)
 * are printed and counted in the result line.
 */
public final class BenchHarness {

    public static void main(String[] args) throws Exception {
        String mode = "lore";
        Path source = null;
        Path output = null;
        int threads = 2;
        int warmup = 1;
        int runs = 1;
        int articles = -1;
        Path jfr = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mode" -> mode = args[++i];
                case "--source" -> source = Path.of(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--jfr" -> jfr = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (source == null || output == null) throw new IllegalArgumentException("--source and --output are required");
        if (!mode.equals("lore") && !mode.equals("floor")) throw new IllegalArgumentException("--mode lore|floor");

        Meter meter = new Meter();
        Build build = mode.equals("lore") ? new LoreBuild(source, output, threads) : new FloorBuild(source, output, threads);
        String head = "RESULT mode=" + mode + " threads=" + threads + " articles=" + articles;
        try {
            // The recording starts before the warm-ups: starting one later makes the JVM throw away compiled code
            // (JFR instruments the I/O classes), which cost ~10 s of extra JIT in the very build being profiled.
            // JfrTop keeps only the samples inside the timed window written beside the file.
            jdk.jfr.Recording recording = null;
            if (jfr != null) {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                recording.setToDisk(true);
                recording.setDestination(jfr);
                recording.start();
            }
            for (int i = 0; i < warmup; i++) {
                clear(output);
                long t0 = System.nanoTime();
                int pages = build.run();
                System.err.printf(Locale.ROOT, "warm-up %d: %d pages in %d ms%n", i + 1, pages, (System.nanoTime() - t0) / 1_000_000);
            }
            long timedFrom = 0;
            long timedTo = 0;
            for (int i = 0; i < runs; i++) {
                clear(output);
                meter.start();
                if (i == 0) timedFrom = System.currentTimeMillis();
                int pages = build.run();
                timedTo = System.currentTimeMillis();
                Meter.Sample s = meter.stop();
                int warnings = build instanceof LoreBuild lb ? lb.warnings : 0;
                System.out.printf(Locale.ROOT, "%s pages=%d warnings=%d wall_ms=%.1f cpu_ms=%.1f gc_ms=%d jit_ms=%d heap_peak_mb=%.1f heap_live_mb=%.1f pool_peaks_mb=%.1f other_cpu_ms=%.0f status=ok%n",
                        head, pages, warnings, s.wallMs(), s.cpuMs(), s.gcMs(), s.jitMs(), s.heapPeakMb(), s.heapLiveMb(), s.poolPeaksMb(), s.otherCpuMs());
                System.out.flush();
            }
            if (recording != null) {
                recording.stop(); // writes the destination file
                Files.writeString(Path.of(jfr + ".window"), timedFrom + " " + timedTo + "\n");
            }
        } catch (OutOfMemoryError e) {
            Meter.Sample s = meter.stop();
            System.out.printf(Locale.ROOT, "%s pages=0 wall_ms=%.1f cpu_ms=%.1f gc_ms=%d heap_peak_mb=%.1f heap_live_mb=%.1f pool_peaks_mb=%.1f other_cpu_ms=%.0f status=oom%n",
                    head, s.wallMs(), s.cpuMs(), s.gcMs(), s.heapPeakMb(), s.heapLiveMb(), s.poolPeaksMb(), s.otherCpuMs());
            System.exit(3);
        } catch (BuildProblem e) {
            System.err.println("FAILED: " + e.getMessage());
            System.out.println(head + " status=failed");
            System.exit(1);
        }
        System.exit(0); // the engine's pools are shut down, but do not wait on anything else
    }

    interface Build {
        int run() throws BuildProblem;
    }

    static final class BuildProblem extends Exception {
        BuildProblem(String message) {
            super(message);
        }
    }

    static final class LoreBuild implements Build {
        private final BuildRequest request;
        int warnings;

        LoreBuild(Path source, Path output, int threads) {
            request = BuildRequest.of(source, output).withThreads(threads);
        }

        @Override
        public int run() throws BuildProblem {
            BuildResult result = new LoreEngine().build(request);
            warnings = result.diagnostics().size();
            if (!result.diagnostics().isEmpty()) {
                StringBuilder sb = new StringBuilder(result.diagnostics().size() + " diagnostic(s); the benchmark corpus should have none:");
                for (Diagnostic d : result.diagnostics().subList(0, Math.min(10, result.diagnostics().size()))) {
                    sb.append("\n  ").append(d.format());
                }
                if (result.errors() > 0 || !result.written()) throw new BuildProblem(sb.toString());
                System.err.println("WARNING: " + sb);
            }
            if (!result.written()) throw new BuildProblem("the site was not written");
            return result.pages();
        }
    }

    static final class FloorBuild implements Build {
        private final FloorLoop floor = new FloorLoop();
        private final Path source;
        private final Path output;
        private final int threads;

        FloorBuild(Path source, Path output, int threads) {
            this.source = source;
            this.output = output;
            this.threads = threads;
        }

        @Override
        public int run() {
            return floor.build(source, output, threads);
        }
    }

    /** Wall, process CPU, GC time and heap use over one build. */
    static final class Meter {
        record Sample(double wallMs, double cpuMs, long gcMs, long jitMs, double heapPeakMb, double heapLiveMb, double poolPeaksMb, double otherCpuMs) {
        }

        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        private final AtomicLong maxAfterGc = new AtomicLong();
        private final AtomicLong maxBeforeGc = new AtomicLong();
        private long wall0;
        private long cpu0;
        private long gc0;
        private long jit0;
        private long busy0;

        Meter() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (!(gc instanceof NotificationEmitter emitter)) continue;
                emitter.addNotificationListener((n, handback) -> {
                    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    maxBeforeGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                    maxAfterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
                }, null, null);
            }
        }

        /** The heap part of a GC's per-pool usage map (which also holds metaspace and the code cache). */
        private long heapUsed(java.util.Map<String, MemoryUsage> byPool) {
            long used = 0;
            for (MemoryPoolMXBean p : heapPools) {
                MemoryUsage u = byPool.get(p.getName());
                if (u != null) used += u.getUsed();
            }
            return used;
        }

        void start() {
            System.gc();
            pause(); // let the notification of that collection pass before resetting
            maxAfterGc.set(0);
            maxBeforeGc.set(0);
            for (MemoryPoolMXBean p : heapPools) p.resetPeakUsage();
            gc0 = gcMillis();
            jit0 = jitMillis();
            cpu0 = os.getProcessCpuTime();
            busy0 = machineBusyMs();
            wall0 = System.nanoTime();
        }

        Sample stop() {
            long wall = System.nanoTime() - wall0;
            long cpu = os.getProcessCpuTime() - cpu0;
            long busy = machineBusyMs() - busy0;
            // CPU that other processes used meanwhile: a sign the measurement was disturbed
            double otherMs = busy0 < 0 || busy < 0 ? -1 : Math.max(0, busy - cpu / 1e6);
            long gc = gcMillis() - gc0;
            long jit = jitMillis() - jit0;
            pause(); // GC notifications arrive on another thread, a little later
            // heap use only grows between collections, so its peak is the largest "before GC" figure,
            // or the use now if it grew past that since the last collection
            long now = 0;
            long poolPeaks = 0;
            for (MemoryPoolMXBean p : heapPools) {
                now += p.getUsage().getUsed();
                poolPeaks += p.getPeakUsage().getUsed();
            }
            long peak = Math.max(maxBeforeGc.get(), now);
            return new Sample(wall / 1e6, cpu / 1e6, gc, jit, peak / 1048576.0, maxAfterGc.get() / 1048576.0, poolPeaks / 1048576.0, otherMs);
        }

        /** CPU time all processes of the machine used so far (Linux /proc/stat, 10 ms ticks), or -1. */
        static long machineBusyMs() {
            try {
                String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
                String[] f = line.trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i < f.length && i <= 8; i++) {
                    if (i != 4 && i != 5) busy += Long.parseLong(f[i]); // not idle, not iowait
                }
                return busy * 10;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        private static void pause() {
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Time the JIT compilers spent so far, summed over their threads: CPU the build pays for being young. */
        private static long jitMillis() {
            java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
        }

        private static long gcMillis() {
            long sum = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
            return sum;
        }
    }

    static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
