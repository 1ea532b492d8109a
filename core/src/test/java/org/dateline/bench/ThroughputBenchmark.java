package org.dateline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.dateline.Dateline;

/**
 * End-to-end throughput: the sample articles replicated to at least 50 MB on disk, each read
 * and extracted with {@link Dateline#extract(Path)}, on one thread and on all cores.
 *
 * <pre>mvn -q -pl core test-compile exec:java@throughput [-Dexec.args="DIR MB"]</pre>
 */
public final class ThroughputBenchmark {
    private static final int DEFAULT_MB = 50;

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : findSamples());
        long targetBytes = (args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_MB) * 1024L * 1024L;
        List<Path> originals = articles(corpus);
        if (originals.isEmpty()) {
            System.out.println("no articles under " + corpus);
            return;
        }
        Path work = Files.createTempDirectory("dateline-bench");
        try {
            List<Path> copies = replicate(originals, work, targetBytes);
            long bytes = 0;
            for (Path p : copies) {
                bytes += Files.size(p);
            }
            System.out.printf(Locale.ROOT, "corpus: %d articles from %s, replicated to %d files, %.1f MB%n",
                    originals.size(), corpus, copies.size(), bytes / 1e6);
            run(copies, 1); // warm-up: JIT, rule loading
            report("1 thread", copies, bytes, 1);
            int cores = Runtime.getRuntime().availableProcessors();
            report(cores + " threads", copies, bytes, cores);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String label, List<Path> files, long bytes, int threads) throws Exception {
        long t0 = System.nanoTime();
        long events = run(files, threads);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%-10s %7.1f MB/s  %8.1f articles/s  (%d events, %.2f s)%n",
                label, bytes / 1e6 / s, files.size() / s, events, s);
    }

    private static long run(List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong events = new AtomicLong();
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Path f : files) {
                jobs.add(pool.submit(() -> {
                    try {
                        events.addAndGet(Dateline.extract(f).events().size());
                    } catch (IOException e) {
                        // a failing sample is a figure of its own, not a reason to stop
                        System.err.println("dateline: " + f + ": " + e.getMessage());
                    }
                }));
            }
            for (Future<?> j : jobs) {
                j.get();
            }
        } finally {
            pool.shutdown();
        }
        return events.get();
    }

    private static List<Path> replicate(List<Path> originals, Path work, long targetBytes) throws IOException {
        List<Path> copies = new ArrayList<>();
        long total = 0;
        for (int round = 0; total < targetBytes; round++) {
            for (Path p : originals) {
                Path copy = work.resolve(round + "-" + p.getFileName());
                Files.copy(p, copy);
                copies.add(copy);
                total += Files.size(copy);
            }
        }
        return copies;
    }

    private static List<Path> articles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().matches(".*\\.(html?|txt)(\\.gz)?$")).sorted().toList();
        }
    }

    // exec:java runs in the module folder (core/) or the reactor root.
    private static String findSamples() {
        for (String candidate : new String[] {"samples/articles", "../samples/articles"}) {
            if (Files.isDirectory(Path.of(candidate))) {
                return candidate;
            }
        }
        return "samples/articles";
    }
}
