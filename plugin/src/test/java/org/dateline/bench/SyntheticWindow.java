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
        Thread.sleep(1500);
        ImageIO.write(new Robot().createScreenCapture(new Rectangle(0, 0, 1280, 800)), "png", new File(args[0]));
        SwingUtilities.invokeAndWait(() -> w[0].dispose());
        System.exit(0);
    }
}
