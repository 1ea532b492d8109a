package org.dateline.bench;

import java.awt.Rectangle;
import java.awt.Robot;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.dateline.plugin.DatelineWindow;
import org.dateline.timeline.LaneMode;
import org.dateline.timeline.QuadClass;

/** Screenshots of the window in each lane mode and with a dimming filter: {@code ViewsTour OUTDIR FILE|DIR...}. */
public final class ViewsTour {
    public static void main(String[] args) throws Exception {
        DatelineWindow[] w = new DatelineWindow[1];
        List<Path> files = java.util.Arrays.stream(args).skip(1).map(Path::of).toList();
        SwingUtilities.invokeAndWait(() -> w[0] = DatelineWindow.open(files, new Rectangle(0, 0, 1280, 800)));
        do {
            Thread.sleep(300);
        } while (w[0].panel().loading());
        Thread.sleep(500);
        shot(args[0], "family", () -> w[0].panel().model().setLaneMode(LaneMode.ACTION_FAMILY));
        shot(args[0], "quad", () -> w[0].panel().model().setLaneMode(LaneMode.QUAD_CLASS));
        shot(args[0], "dim", () -> {
            var m = w[0].panel().model();
            m.setLaneMode(LaneMode.SOURCE);
            m.setFilter(m.filter().withQuadClasses(Set.of(QuadClass.MATERIAL_CONFLICT)).withHideNonMatching(false));
        });
        SwingUtilities.invokeAndWait(() -> w[0].dispose());
        System.exit(0);
    }

    private static void shot(String dir, String name, Runnable change) throws Exception {
        SwingUtilities.invokeAndWait(change);
        Thread.sleep(700);
        ImageIO.write(new Robot().createScreenCapture(new Rectangle(0, 0, 1280, 800)), "png", new File(dir, name + ".png"));
    }
}
