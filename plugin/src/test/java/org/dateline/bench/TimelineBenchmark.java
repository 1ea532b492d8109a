package org.dateline.bench;

import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.JComponent;
import org.dateline.plugin.DatelinePanel;
import org.dateline.plugin.chart.TimelinePainter;
import org.dateline.plugin.export.ImageExport;
import org.dateline.timeline.ArticleEntry;
import org.dateline.timeline.Events;
import org.dateline.timeline.TimelineModel;
import org.dateline.timeline.ViewRange;

/**
 * Timeline speed with 100,000 events (a command, not a test): time to first paint, repaint time
 * per zoom step, and time to export a 1920x1080 PNG. With a display (xvfb-run) it paints a real
 * window; without one it paints off screen. Arguments: [EVENTS] (default 100000).
 */
public final class TimelineBenchmark {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<ArticleEntry> entries = Events.synthetic(n, 42).stream()
                .map(a -> ArticleEntry.read(a.article().source(), a)).toList();
        boolean window = !GraphicsEnvironment.isHeadless();
        System.out.printf(Locale.ROOT, "Timeline benchmark: %,d events in %,d articles, %dx%d %s%n", n,
                entries.size(), WIDTH, HEIGHT, window ? "window, whole panel (real repaints)" : "off screen (headless)");

        AtomicReference<Runnable> paint = new AtomicReference<>();
        AtomicReference<Runnable> zoomPaint = new AtomicReference<>();
        AtomicReference<JFrame> frame = new AtomicReference<>();
        AtomicReference<TimelineModel> holder = new AtomicReference<>();
        if (window) {
            // The whole panel, as a user sees it: articles list, filters, timeline, overview, article.
            SwingUtilities.invokeAndWait(() -> {
                DatelinePanel panel = new DatelinePanel();
                JFrame f = new JFrame("bench");
                f.setContentPane(panel);
                f.setBounds(0, 0, WIDTH, HEIGHT);
                f.setVisible(true);
                frame.set(f);
                holder.set(panel.model());
                paint.set(() -> panel.paintImmediately(0, 0, panel.getWidth(), panel.getHeight()));
                // A zoom repaints the timeline block: toolbar, lanes and overview strip.
                JComponent block = (JComponent) panel.canvas().getParent();
                zoomPaint.set(() -> block.paintImmediately(0, 0, block.getWidth(), block.getHeight()));
            });
            Thread.sleep(500);
        } else {
            TimelineModel m = new TimelineModel();
            holder.set(m);
            BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            TimelinePainter painter = new TimelinePainter();
            paint.set(() -> {
                Graphics2D g = img.createGraphics();
                painter.paint(g, WIDTH, HEIGHT, m);
                g.dispose();
            });
            zoomPaint.set(paint.get());
        }
        TimelineModel model = holder.get();

        long[] firstPaint = new long[2];
        onEdt(() -> {
            long t0 = System.nanoTime();
            model.addArticles(entries);
            long t1 = System.nanoTime();
            paint.get().run();
            long t2 = System.nanoTime();
            firstPaint[0] = t1 - t0;
            firstPaint[1] = t2 - t1;
        });
        System.out.printf(Locale.ROOT, "  events into the model (sorted, lanes built): %7.1f ms%n", firstPaint[0] / 1e6);
        System.out.printf(Locale.ROOT, "  first paint, cold JVM:                       %7.1f ms   goal < 100 ms%n", firstPaint[1] / 1e6);

        // Zoom from the whole range down to a few days and back, at varying anchors, as a wheel does.
        List<Long> zoom = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            onEdt(model::fitAll);
            for (int step = 0; step < 40; step++) {
                int s = step;
                int r = round;
                onEdt(() -> {
                    ViewRange v = model.range();
                    double factor = s < 20 ? 1 / 1.25 : 1.25;
                    double anchor = v.from() + v.width() * (0.3 + 0.1 * r);
                    long t0 = System.nanoTime();
                    model.setRange(v.zoom(factor, anchor));
                    zoomPaint.get().run();
                    zoom.add(System.nanoTime() - t0);
                });
            }
        }
        long[] z = zoom.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  repaint per zoom step (%d steps):      median %5.1f ms, p95 %5.1f ms, min %5.1f ms, max %5.1f ms   goal < 16 ms%n",
                z.length, z[z.length / 2] / 1e6, z[(int) (z.length * 0.95)] / 1e6, z[0] / 1e6, z[z.length - 1] / 1e6);

        // Closing everything and opening another 100,000 events: the first paint a user sees
        // every time after the first, once the JVM has compiled the drawing code.
        List<ArticleEntry> other = Events.synthetic(n, 43).stream()
                .map(a -> ArticleEntry.read(a.article().source(), a)).toList();
        long[] reopen = new long[2];
        onEdt(() -> {
            model.clear();
            long t0 = System.nanoTime();
            model.addArticles(other);
            long t1 = System.nanoTime();
            paint.get().run();
            reopen[0] = t1 - t0;
            reopen[1] = System.nanoTime() - t1;
        });
        System.out.printf(Locale.ROOT, "  reopen: events into the model %7.1f ms, first paint %5.1f ms   goal < 100 ms%n",
                reopen[0] / 1e6, reopen[1] / 1e6);

        Path dir = Files.createTempDirectory("dateline-bench");
        long[] export = new long[3];
        for (int i = 0; i < export.length; i++) {
            Path out = dir.resolve("t" + i + ".png");
            int k = i;
            onEdt(() -> {
                model.fitAll();
                long t0 = System.nanoTime();
                try {
                    ImageExport.write(model, out, 1920, 1080, false);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                export[k] = System.nanoTime() - t0;
            });
            Files.delete(out);
        }
        Files.delete(dir);
        Arrays.sort(export);
        System.out.printf(Locale.ROOT, "  export 1920x1080 PNG (render + encode): median %5.1f ms (first %5.1f ms)%n",
                export[1] / 1e6, export[0] / 1e6);
        // Figures from a shared machine mean little without its load.
        Path load = Path.of("/proc/loadavg");
        if (Files.isReadable(load)) {
            System.out.println("  load average (1, 5, 15 min) during the run: "
                    + String.join(" ", Arrays.copyOf(Files.readString(load).split(" "), 3))
                    + " on " + Runtime.getRuntime().availableProcessors() + " cores");
        }
        if (frame.get() != null) {
            SwingUtilities.invokeAndWait(() -> frame.get().dispose());
        }
        System.exit(0);
    }

    private static void onEdt(Runnable r) throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            r.run();
        } else {
            SwingUtilities.invokeAndWait(r);
        }
    }
}
