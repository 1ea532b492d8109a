package org.dateline.plugin.chart;

import java.awt.Cursor;
import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.SwingUtilities;
import org.dateline.timeline.TimelineEvent;
import org.dateline.timeline.TimelineModel;
import org.dateline.timeline.ViewRange;

/**
 * The mouse on the timeline, after Trace Compass's time-graph view: the wheel zooms at the
 * pointer (Shift+wheel scrolls), a drag pans, Shift+drag or a right-drag draws a box to zoom to,
 * a click selects, a double-click zooms into a cluster or fits everything.
 */
final class TimelineMouse extends MouseAdapter {
    /** A press that moves less than this many pixels is a click, not a drag. */
    private static final int SLOP = 3;

    private final TimelineCanvas canvas;
    private final TimelineModel model;
    private int pressX;
    private int pressY;
    private ViewRange pressRange;
    private double pressDaysPerPixel;
    private boolean boxing;
    private boolean dragged;

    TimelineMouse(TimelineCanvas canvas, TimelineModel model) {
        this.canvas = canvas;
        this.model = model;
    }

    @Override
    public void mousePressed(MouseEvent e) {
        canvas.requestFocusInWindow();
        pressX = e.getX();
        pressY = e.getY();
        pressRange = model.range();
        pressDaysPerPixel = canvas.frame().daysPerPixel();
        boxing = SwingUtilities.isRightMouseButton(e) || e.isShiftDown();
        dragged = false;
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (pressRange == null) {
            return;
        }
        if (Math.abs(e.getX() - pressX) >= SLOP || Math.abs(e.getY() - pressY) >= SLOP) {
            dragged = true;
        }
        if (!dragged) {
            return;
        }
        if (boxing) {
            int x0 = Math.min(pressX, e.getX());
            int area0 = (int) canvas.frame().dataArea().getMinY();
            int h = (int) canvas.frame().dataArea().getHeight();
            canvas.setBox(new Rectangle(x0, area0, Math.abs(e.getX() - pressX), h));
        } else {
            canvas.setCursor(Cursor.getPredefinedCursor(Cursor.MOVE_CURSOR));
            model.setRange(pressRange.pan((pressX - e.getX()) * pressDaysPerPixel));
        }
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        canvas.setCursor(Cursor.getDefaultCursor());
        if (pressRange == null) {
            return;
        }
        if (boxing && dragged) {
            canvas.setBox(null);
            if (Math.abs(e.getX() - pressX) > SLOP) {
                TimelineFrame f = canvas.frame();
                model.setRange(ViewRange.between(f.dayAt(pressX), f.dayAt(e.getX())));
            }
        } else if (!dragged && SwingUtilities.isLeftMouseButton(e) && e.getClickCount() == 1) {
            select(e);
        }
        pressRange = null;
    }

    private void select(MouseEvent e) {
        List<TimelineEvent> hit = canvas.eventsAt(e.getX(), e.getY());
        boolean add = (e.getModifiersEx() & (InputEvent.CTRL_DOWN_MASK | InputEvent.META_DOWN_MASK)) != 0;
        if (add) {
            Set<TimelineEvent> next = new LinkedHashSet<>(model.selection());
            if (next.containsAll(hit)) {
                hit.forEach(next::remove);
            } else {
                next.addAll(hit);
            }
            model.select(next);
        } else {
            model.select(hit);
        }
    }

    @Override
    public void mouseClicked(MouseEvent e) {
        if (e.getClickCount() != 2 || !SwingUtilities.isLeftMouseButton(e)) {
            return;
        }
        List<TimelineEvent> hit = canvas.eventsAt(e.getX(), e.getY());
        if (hit.size() > 1) {
            // Into the cluster: its days fill the view, so its events spread out.
            int lo = hit.get(0).day();
            int hi = hit.get(hit.size() - 1).day() + 1;
            double margin = Math.max(1, (hi - lo) * 0.1);
            model.setRange(ViewRange.between(lo - margin, hi + margin));
        } else if (hit.isEmpty()) {
            model.fitAll();
        }
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
        double notches = e.getPreciseWheelRotation();
        if (e.getX() < canvas.frame().dataArea().getMinX()) {
            // Over the lane names the wheel scrolls the lanes.
            canvas.setFirstLane(canvas.firstLane() + (int) Math.signum(notches) * Math.max(1, (int) Math.abs(notches)));
        } else if (e.isShiftDown()) {
            canvas.scroll(notches * 0.1);
        } else {
            canvas.zoomAt(Math.pow(TimelineCanvas.ZOOM_STEP, notches), e.getX());
        }
    }
}
