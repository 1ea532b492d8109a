package org.dateline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dateline.Dateline;
import org.dateline.FileRunner;
import org.dateline.SharedData;

/**
 * End-to-end throughput, after a warm-up of 20 s: the sample articles replicated to at least 50 MB
 * of HTML and text, each read with {@link Dateline#read(Path)} and extracted with
 * {@link Dateline#events} by a {@link FileRunner} (as the CLI reads a folder), on one thread and
 * on all cores. MB are those of the page itself: a gzipped page counts with its unpacked size.
 * When the real news
 * pages of the main-text benchmark are beside the checkout (../shared), the same figures follow
 * for them: their pages are some 25 times larger than the samples, and throughput per MB
 * depends on how much of a page is markup rather than prose.
 *
 * <pre>mvn -q -pl core test-compile exec:java@throughput [-Dexec.args="DIR MB"]</pre>
 */
public final class ThroughputBenchmark {
    private static final int DEFAULT_MB = 50;

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : findSamples());
        long targetBytes = (args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_MB) * 1024L * 1024L;
        measure(corpus, targetBytes);
        if (args.length == 0) {
            Optional<Path> real = SharedData.find("data/article-extraction-benchmark/html");
            if (real.isPresent()) {
                System.out.println();
                measure(real.get(), targetBytes);
            }
        }
    }

    private static void measure(Path corpus, long targetBytes) throws Exception {
        List<Path> originals = articles(corpus);
        if (originals.isEmpty()) {
            System.out.println("no articles under " + corpus);
            return;
        }
        Path work = Files.createTempDirectory("dateline-bench");
        try {
            long[] sizes = new long[originals.size()]; // a gzipped page is unpacked once to size it
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = pageSize(originals.get(i));
            }
            List<Path> copies = replicate(originals, sizes, work, targetBytes);
            long rounds = copies.size() / originals.size();
            long bytes = rounds * Arrays.stream(sizes).sum();
            System.out.printf(Locale.ROOT, "corpus: %d articles from %s (%.1f KB each), replicated to %d files,"
                    + " %.1f MB%n", originals.size(), corpus, bytes / 1e3 / copies.size(), copies.size(), bytes / 1e6);
            warmUp(copies);
            report("1 thread", copies, bytes, 1);
            int cores = Runtime.getRuntime().availableProcessors();
            report(cores + " threads", copies, bytes, cores);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    // JIT and rule loading: passes on all cores until WARM_UP_SECONDS have gone by (at least one).
    // One pass over 50 MB of small pages (~4 s) left the per-article methods only partly
    // compiled, and the figures of the passes after it some 25% low on 2 cores.
    private static void warmUp(List<Path> files) {
        long until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        do {
            run(files, Runtime.getRuntime().availableProcessors());
        } while (System.nanoTime() < until);
    }

    private static final long WARM_UP_SECONDS = 20;

    private static void report(String label, List<Path> files, long bytes, int threads) throws Exception {
        long t0 = System.nanoTime();
        long events = run(files, threads);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%-10s %7.1f MB/s  %8.1f articles/s  (%d events, %.2f s)%n",
                label, bytes / 1e6 / s, files.size() / s, events, s);
    }

    // As the CLI reads a folder: a FileRunner, each file within Dateline's time limit.
    private static long run(List<Path> files, int threads) {
        AtomicLong events = new AtomicLong();
        FileRunner.run(files, threads, Dateline.TIME_LIMIT, Dateline::read, Dateline::events, (file, result, failure) -> {
            if (failure != null) { // a failing sample is a figure of its own, not a reason to stop
                System.err.println("dateline: " + file + ": " + failure);
            } else {
                events.addAndGet(result.events().size());
            }
        });
        return events.get();
    }

    // Whole rounds of the originals (sizes: their page sizes) until at least targetBytes.
    private static List<Path> replicate(List<Path> originals, long[] sizes, Path work, long targetBytes)
            throws IOException {
        List<Path> copies = new ArrayList<>();
        long total = 0;
        for (int round = 0; total < targetBytes; round++) {
            for (int i = 0; i < originals.size(); i++) {
                Path copy = work.resolve(round + "-" + originals.get(i).getFileName());
                Files.copy(originals.get(i), copy);
                copies.add(copy);
                total += sizes[i];
            }
        }
        return copies;
    }

    // The size of the page as written: a .gz file counts unpacked.
    private static long pageSize(Path file) throws IOException {
        if (!file.toString().endsWith(".gz")) {
            return Files.size(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
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
