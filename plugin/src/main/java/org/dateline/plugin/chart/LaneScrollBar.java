package org.dateline.plugin.chart;

import javax.swing.JScrollBar;
import javax.swing.SwingUtilities;

/** Scrolls the lanes of a timeline when there are more than fit; hidden when all fit. */
public final class LaneScrollBar extends JScrollBar {
    private boolean syncing;

    public LaneScrollBar(TimelineCanvas canvas) {
        super(VERTICAL);
        setUnitIncrement(1);
        addAdjustmentListener(e -> {
            if (!syncing) {
                canvas.setFirstLane(getValue());
            }
        });
        Runnable sync = () -> {
            TimelineFrame f = canvas.frame();
            syncing = true;
            try {
                setValues(f.firstLane(), f.laneCount(), 0, f.totalLanes());
                setBlockIncrement(Math.max(1, f.laneCount() - 1));
                setVisible(f.laneCount() < f.totalLanes());
            } finally {
                syncing = false;
            }
        };
        canvas.addPropertyChangeListener("firstLane", e -> sync.run());
        // Lanes added, filtered or resized away: known after the canvas painted, so no extra paint.
        canvas.addPropertyChangeListener("lanesShown", e -> SwingUtilities.invokeLater(sync));
        setVisible(false);
    }
}
