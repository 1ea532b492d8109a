package org.dateline.plugin.chart;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.ToolTipManager;
import org.dateline.timeline.Lane;
import org.dateline.timeline.LaneIndex;
import org.dateline.timeline.TimelineChange;
import org.dateline.timeline.TimelineEvent;
import org.dateline.timeline.TimelineModel;
import org.dateline.timeline.ViewRange;

/**
 * The interactive timeline: paints the model through {@link TimelinePainter}, and turns the mouse
 * and keys ({@link TimelineMouse}, {@link TimelineKeys}) into changes of the model's range and
 * selection. Everything it shows comes from the model, so every view stays in step.
 */
public final class TimelineCanvas extends JComponent {
    /** One wheel notch or key press zooms by this factor. */
    static final double ZOOM_STEP = 1.25;

    private final TimelineModel model;
    private final TimelinePainter painter = new TimelinePainter();
    private TimelineFrame frame;
    private Rectangle box;
    private BufferedImage buffer;
    private int firstLane;
    private String shownLanes = "";

    public TimelineCanvas(TimelineModel model) {
        this.model = model;
        setOpaque(true);
        setFocusable(true);
        setPreferredSize(new Dimension(800, 360));
        setMinimumSize(new Dimension(200, 120));
        ToolTipManager.sharedInstance().registerComponent(this);
        TimelineMouse mouse = new TimelineMouse(this, model);
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        addMouseWheelListener(mouse);
        TimelineKeys.install(this, model);
        model.addListener(change -> {
            if (change.kind() == TimelineChange.Kind.SELECTION && model.lead() != null) {
                // Selected elsewhere (a sentence in the article, a search): bring it into view.
                reveal(model.lead());
            }
            if (change.kind() != TimelineChange.Kind.ARTICLE) {
                repaint();
            }
        });
    }

    public TimelineModel model() {
        return model;
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            // Paint into a plain image, then copy it once: antialiased shapes drawn straight onto
            // an X11/XRender surface cost several times more than in memory.
            double scale = g2.getTransform().getScaleX();
            int w = (int) Math.ceil(getWidth() * scale);
            int h = (int) Math.ceil(getHeight() * scale);
            if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
                buffer = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
            }
            Graphics2D b = buffer.createGraphics();
            b.scale(scale, scale);
            frame = painter.paint(b, getWidth(), getHeight(), model, firstLane);
            b.dispose();
            lanesShown(frame);
            g2.drawImage(buffer, 0, 0, getWidth(), getHeight(), null);
            if (box != null) {
                g2.setColor(new java.awt.Color(0x33, 0x66, 0xCC, 40));
                g2.fill(box);
                g2.setColor(Palette.BOX);
                g2.draw(box);
            }
        } finally {
            g2.dispose();
        }
    }

    /**
     * Where things were last drawn; painted off screen first when the component has not been
     * painted yet at its current size (so that hit tests work before the first repaint).
     */
    public TimelineFrame frame() {
        if (frame == null || frame.dataArea().getMaxX() > getWidth() + 1 || !frame.range().equals(model.range())
                || frame.firstLane() != Math.min(firstLane, Math.max(0, frame.totalLanes() - frame.laneCount()))
                || frame.totalLanes() != model.index().lanes().size()) {
            BufferedImage scratch = new BufferedImage(Math.max(1, getWidth()), Math.max(1, getHeight()),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scratch.createGraphics();
            frame = painter.paint(g, Math.max(1, getWidth()), Math.max(1, getHeight()), model, firstLane);
            g.dispose();
        }
        return frame;
    }

    /** Tells the lane scroll bar when the lanes on screen changed, after a paint (no extra paint). */
    private void lanesShown(TimelineFrame f) {
        String now = f.firstLane() + "/" + f.laneCount() + "/" + f.totalLanes();
        String old = shownLanes;
        shownLanes = now;
        if (!now.equals(old)) {
            firePropertyChange("lanesShown", old, now);
        }
    }

    void setBox(Rectangle r) {
        box = r;
        repaint();
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        Mark m = frame().markAt(e.getX(), e.getY());
        if (m == null) {
            return null;
        }
        LaneIndex index = model.index();
        return Tooltips.of(index.lanes().get(m.lane()), m);
    }

    /** The events under a point: one event, a whole cluster, or none. */
    public List<TimelineEvent> eventsAt(int x, int y) {
        Mark m = frame().markAt(x, y);
        if (m == null) {
            return List.of();
        }
        Lane lane = model.index().lanes().get(m.lane());
        List<TimelineEvent> out = new ArrayList<>(m.count());
        for (int i = m.from(); i < m.to(); i++) {
            out.add(lane.event(i));
        }
        return out;
    }

    /** The centre of the mark that holds an event, or null when it is not drawn. */
    public Point pointOf(TimelineEvent e) {
        LaneIndex index = model.index();
        int lane = index.laneOf(e);
        TimelineFrame f = frame();
        if (lane < 0) {
            return null;
        }
        if (!f.shows(lane)) {
            return null;
        }
        int pos = index.positionOf(e);
        for (Mark m : f.marks(lane)) {
            if (pos >= m.from() && pos < m.to()) {
                Rectangle2D b = m.bounds();
                return new Point((int) Math.round(b.getCenterX()), (int) Math.round(b.getCenterY()));
            }
        }
        return null;
    }

    /** Zooms by {@code factor} (below 1 zooms in) around the day under {@code x}. */
    public void zoomAt(double factor, double x) {
        TimelineFrame f = frame();
        double anchor = x < f.dataArea().getMinX() || x > f.dataArea().getMaxX() ? model.range().centre() : f.dayAt(x);
        model.setRange(model.range().zoom(factor, anchor));
    }

    public void zoomIn() {
        model.setRange(model.range().zoom(1 / ZOOM_STEP, model.range().centre()));
    }

    public void zoomOut() {
        model.setRange(model.range().zoom(ZOOM_STEP, model.range().centre()));
    }

    /** Scrolls by a fraction of the visible width (negative goes back in time). */
    public void scroll(double fraction) {
        model.setRange(model.range().pan(model.range().width() * fraction));
    }

    /** Zooms to the selected events (with a margin), or does nothing without a selection. */
    public void zoomToSelection() {
        if (model.selection().isEmpty()) {
            return;
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (TimelineEvent e : model.selection()) {
            lo = Math.min(lo, e.day());
            hi = Math.max(hi, e.endDay() + 1);
        }
        double margin = Math.max(3, (hi - lo) * 0.1);
        model.setRange(ViewRange.between(lo - margin, hi + margin));
    }

    /** The lane drawn at the top. */
    public int firstLane() {
        return frame().firstLane();
    }

    /** Scrolls the lanes so that {@code lane} is at the top (as far as there are lanes below). */
    public void setFirstLane(int lane) {
        int old = firstLane;
        firstLane = Math.max(0, Math.min(lane, frame().totalLanes() - frame().laneCount()));
        if (old != firstLane) {
            repaint();
            firePropertyChange("firstLane", old, firstLane);
        }
    }

    /** Pans, without zooming, so that an event is in view, scrolling its lane into sight. */
    public void reveal(TimelineEvent e) {
        int lane = model.index().laneOf(e);
        TimelineFrame f = frame();
        if (lane >= 0 && !f.shows(lane)) {
            setFirstLane(lane < f.firstLane() ? lane : lane - f.laneCount() + 1);
        }
        ViewRange r = model.range();
        if (!r.contains(e.day()) || !r.contains(e.day() + 1)) {
            model.setRange(r.pan(e.day() + 0.5 - r.centre()));
        }
    }
}
