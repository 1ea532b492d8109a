package org.dateline.bench;

import java.awt.Rectangle;
import java.awt.Robot;
import java.io.File;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.dateline.plugin.DatelineWindow;
import org.dateline.timeline.ArticleEntry;
import org.dateline.timeline.Events;

/** Opens the window on synthetic events and saves a screenshot: {@code SyntheticWindow OUT.png N}. */
public final class SyntheticWindow {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[1]);
        DatelineWindow[] w = new DatelineWindow[1];
        SwingUtilities.invokeAndWait(() -> {
            w[0] = DatelineWindow.open(List.of(new File("/nonexistent").toPath()), new Rectangle(0, 0, 1280, 800));
            w[0].panel().model().addArticles(Events.synthetic(n, 7).stream()
                    .map(a -> ArticleEntry.read(a.article().source(), a)).toList());
            var lane = w[0].panel().model().index().lanes().get(0);
            w[0].panel().model().select(List.of(lane.event(lane.size() / 2)));
        });
        Thread.sleep(1000);
        if (args.length > 2) {
            // Zoom to a few days around the invasion and hover over a mark to show its tooltip.
            double days = Double.parseDouble(args[2]);
            double centre = java.time.LocalDate.of(2022, 2, 24).toEpochDay();
            java.awt.Point[] at = new java.awt.Point[1];
            SwingUtilities.invokeAndWait(() -> {
                var model = w[0].panel().model();
                model.setRange(new org.dateline.timeline.ViewRange(centre - days / 2, centre + days / 2));
                var lane = model.index().lanes().get(1);
                var e = lane.event(lane.firstOnOrAfter((int) centre));
                model.select(List.of(e));
                java.awt.Point p = w[0].panel().canvas().pointOf(e);
                javax.swing.SwingUtilities.convertPointToScreen(p, w[0].panel().canvas());
                at[0] = p;
            });
            Thread.sleep(500);
            Robot robot = new Robot();
            robot.mouseMove(at[0].x - 3, at[0].y);
            Thread.sleep(100);
            robot.mouseMove(at[0].x, at[0].y);
            Thread.sleep(2500);
        }
        ImageIO.write(new Robot().createScreenCapture(new Rectangle(0, 0, 1280, 800)), "png", new File(args[0]));
        SwingUtilities.invokeAndWait(() -> w[0].dispose());
        System.exit(0);
    }
}
