package org.dateline.plugin;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.dateline.timeline.Lane;
import org.dateline.timeline.TimelineEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Opens the window, waits for the articles, selects an event so that the article view shows
 * its highlights, and saves a picture of the screen: how plugin/docs/screenshot.png is made.
 * Needs a display (xvfb-run).
 */
@Command(name = "screenshot", hidden = true, description = "Saves a screenshot of the window (needs a display).")
final class ScreenshotCommand implements Callable<Integer> {
    @Option(names = "--out", required = true)
    Path out;

    @Option(names = "--width", defaultValue = "1280")
    int width;

    @Option(names = "--height", defaultValue = "800")
    int height;

    @Parameters(arity = "0..*")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("dateline: screenshot needs a display (run it under xvfb-run)");
            return 3;
        }
        AtomicReference<DatelineWindow> window = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> window.set(DatelineWindow.open(files, new Rectangle(0, 0, width, height))));
        long deadline = System.currentTimeMillis() + 120_000;
        do {
            Thread.sleep(300);
        } while (onEdt(() -> window.get().panel().loading()) && System.currentTimeMillis() < deadline);
        SwingUtilities.invokeAndWait(() -> selectTypical(window.get().panel()));
        Thread.sleep(800);
        Rectangle bounds = onEdt(() -> window.get().getBounds());
        BufferedImage shot = new Robot().createScreenCapture(bounds);
        Path tmp = out.toAbsolutePath().resolveSibling("." + out.getFileName() + ".tmp");
        ImageIO.write(shot, "png", tmp.toFile());
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        SwingUtilities.invokeAndWait(() -> window.get().dispose());
        System.out.println("wrote " + out + " (" + bounds.width + "x" + bounds.height + ")");
        return 0;
    }

    /**
     * Selects, in the busiest lane, an event reported close to its article's publication (news,
     * not background) from the article with the most events: the picture then shows the linking.
     */
    private static void selectTypical(DatelinePanel panel) {
        List<Lane> lanes = panel.model().index().lanes();
        if (lanes.isEmpty()) {
            return;
        }
        Lane lane = lanes.get(0);
        TimelineEvent best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < lane.size(); i++) {
            TimelineEvent e = lane.event(i);
            var published = e.article().article().published();
            if (!panel.model().range().contains(e.day()) || published == null) {
                continue;
            }
            boolean fresh = Math.abs(published.date().toEpochDay() - e.day()) <= 7;
            int score = (fresh ? 1000 : 0) + panel.model().eventsOf(e.article()).size();
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best != null) {
            panel.model().select(List.of(best));
        }
        panel.canvas().requestFocusInWindow();
    }

    private static <T> T onEdt(Callable<T> c) throws Exception {
        AtomicReference<T> r = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                r.set(c.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return r.get();
    }

}
