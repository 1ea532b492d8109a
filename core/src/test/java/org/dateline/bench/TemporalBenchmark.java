package org.dateline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.SharedData;
import org.dateline.time.TemporalTagger;
import org.dateline.time.Timex;
import org.dateline.time.TimemlDocument;

/**
 * Dateline's temporal tagger and HeidelTime 2.2.1 (no POS tagger) side by side on the
 * TempEval-3 TimeBank + AQUAINT corpora, in one run, with the TempEval-3 measures:
 * <pre>mvn -q -pl core test-compile exec:java@timex [-Dexec.args="errors"]</pre>
 * With "errors", Dateline's misses, false alarms and wrong values follow the table.
 * Documents per second count tagging only (after a warm-up), not reading the files; the CPU
 * time of the tagging thread gives the same comparison on a busy machine.
 */
public final class TemporalBenchmark {
    private TemporalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Optional<Path> data = SharedData.find("data/tempeval3");
        if (data.isEmpty()) {
            System.out.println("TempEval-3 data not found (../shared/data/tempeval3): nothing to measure");
            return;
        }
        List<TimemlDocument> docs = read(data.get());
        boolean errors = List.of(args).contains("errors");
        boolean skipHeidelTime = List.of(args).contains("dateline-only");

        TemporalTagger dateline = new TemporalTagger();
        for (TimemlDocument d : docs) {
            dateline.tag(d.text(), d.dct()); // warm-up
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<List<Timex>> ours = new ArrayList<>();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        for (TimemlDocument d : docs) {
            ours.add(dateline.tag(d.text(), d.dct()));
        }
        double oursSeconds = (System.nanoTime() - t0) / 1e9;
        double oursCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;

        List<List<Timex>> theirs = new ArrayList<>();
        double theirSeconds = Double.NaN;
        double theirCpu = Double.NaN;
        if (!skipHeidelTime) {
            HeidelTimeRunner heideltime = new HeidelTimeRunner(
                    SharedData.find("anchors/heideltime/config.props").orElse(null));
            for (int i = 0; i < Math.min(5, docs.size()); i++) {
                heideltime.tag(docs.get(i).text(), docs.get(i).dct()); // warm-up
            }
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            for (TimemlDocument d : docs) {
                theirs.add(heideltime.tag(d.text(), d.dct()));
            }
            theirSeconds = (System.nanoTime() - t1) / 1e9;
            theirCpu = (cpu.getCurrentThreadCpuTime() - c1) / 1e9;
        }

        TimexScorer a = score(docs, ours);
        System.out.printf(Locale.ROOT, "TempEval-3 TimeBank + AQUAINT: %d documents, %d gold TIMEX3%n",
                docs.size(), docs.stream().mapToInt(d -> d.gold().size()).sum());
        System.out.printf(Locale.ROOT, "%-28s %10s %12s%n", "", "Dateline", "HeidelTime");
        TimexScorer b = skipHeidelTime ? null : score(docs, theirs);
        row("strict extent F1", a.strictF1(), b == null ? Double.NaN : b.strictF1());
        row("relaxed extent F1", a.relaxedF1(), b == null ? Double.NaN : b.relaxedF1());
        row("  relaxed precision", a.relaxedPrecision(), b == null ? Double.NaN : b.relaxedPrecision());
        row("  relaxed recall", a.relaxedRecall(), b == null ? Double.NaN : b.relaxedRecall());
        row("type F1", a.typeF1(), b == null ? Double.NaN : b.typeF1());
        row("value F1", a.valueF1(), b == null ? Double.NaN : b.valueF1());
        System.out.printf(Locale.ROOT, "%-28s %10.1f %12.1f%n", "documents/second",
                docs.size() / oursSeconds, docs.size() / theirSeconds);
        // CPU time of the tagging thread: the same comparison, less at the mercy of a busy machine
        System.out.printf(Locale.ROOT, "%-28s %10.1f %12.1f%n", "  documents/CPU-second",
                docs.size() / oursCpu, docs.size() / theirCpu);
        if (errors) {
            printErrors(docs, ours);
        }
    }

    private static void row(String name, double ours, double theirs) {
        System.out.printf(Locale.ROOT, "%-28s %10.2f %12.2f%n", name, 100 * ours, 100 * theirs);
    }

    private static TimexScorer score(List<TimemlDocument> docs, List<List<Timex>> found) {
        TimexScorer s = new TimexScorer();
        for (int i = 0; i < docs.size(); i++) {
            s.add(docs.get(i).gold(), found.get(i));
        }
        return s;
    }

    static List<TimemlDocument> read(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        List<TimemlDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(TimemlDocument.parse(Files.readString(f)));
        }
        return docs;
    }

    // One line per error: MISS (gold not found), FALSE (found, not gold), VALUE, EXTENT; then
    // RULE lines: how often each rule fired, overlapped a gold timex, and gave its value.
    private static void printErrors(List<TimemlDocument> docs, List<List<Timex>> found) {
        java.util.Map<String, int[]> perRule = new java.util.TreeMap<>();
        for (int i = 0; i < docs.size(); i++) {
            for (Timex s : found.get(i)) {
                int[] counts = perRule.computeIfAbsent(s.rule(), r -> new int[3]);
                counts[0]++;
                Timex g = docs.get(i).gold().stream()
                        .filter(x -> s.start() < x.end() && x.start() < s.end()).findFirst().orElse(null);
                if (g != null) {
                    counts[1]++;
                    if (s.value().equals(g.value())) {
                        counts[2]++;
                    }
                }
            }
        }
        for (int i = 0; i < docs.size(); i++) {
            TimemlDocument d = docs.get(i);
            for (Timex g : d.gold()) {
                Timex s = found.get(i).stream().filter(x -> x.start() < g.end() && g.start() < x.end())
                        .findFirst().orElse(null);
                if (s == null) {
                    System.out.println("MISS\t" + g.text() + "\t" + g.type() + " " + g.value()
                            + "\t" + context(d, g) + "\t" + d.dct());
                } else if (!s.value().equals(g.value()) || s.type() != g.type()) {
                    System.out.println("VALUE\t" + g.text() + "\t" + g.type() + " " + g.value()
                            + "\t" + s.text() + "\t" + s.type() + " " + s.value() + "\t" + s.rule()
                            + "\t" + d.dct() + "\t" + context(d, g));
                } else if (s.start() != g.start() || s.end() != g.end()) {
                    System.out.println("EXTENT\t" + g.text() + "\t" + s.text() + "\t" + s.rule());
                }
            }
            for (Timex s : found.get(i)) {
                if (d.gold().stream().noneMatch(g -> s.start() < g.end() && g.start() < s.end())) {
                    System.out.println("FALSE\t" + s.text() + "\t" + s.type() + " " + s.value()
                            + "\t" + s.rule() + "\t" + context(d, s));
                }
            }
        }
        perRule.forEach((rule, c) -> System.out.printf(Locale.ROOT,
                "RULE\t%-28s fired %4d  overlaps gold %4d  right value %4d%n", rule, c[0], c[1], c[2]));
    }

    private static String context(TimemlDocument d, Timex t) {
        int from = Math.max(0, t.start() - 50);
        int to = Math.min(d.text().length(), t.end() + 50);
        return (d.text().substring(from, t.start()) + "[" + t.text() + "]" + d.text().substring(t.end(), to))
                .replaceAll("\\s+", " ");
    }
}
