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
        canvas.model().addListener(c -> {
            // Only a change of lanes moves the bar; a zoom must not cost an extra paint.
            if (c.affectsLanes()) {
                SwingUtilities.invokeLater(sync);
            }
        });
        canvas.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                SwingUtilities.invokeLater(sync);
            }
        });
        setVisible(false);
    }
}
