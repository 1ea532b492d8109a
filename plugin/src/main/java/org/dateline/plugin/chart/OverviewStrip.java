package org.dateline.plugin.chart;

import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import javax.swing.JComponent;
import org.dateline.timeline.TimelineChange;
import org.dateline.timeline.TimelineModel;
import org.dateline.timeline.ViewRange;

/**
 * The whole range at a glance, events as a density profile, with the current window drawn on
 * it; dragging the window (or clicking beside it) moves the timeline, the wheel zooms it.
 */
public final class OverviewStrip extends JComponent {
    private static final int PAD = 6;
    private final TimelineModel model;
    private double grabOffset = Double.NaN;
    private int[] cachedDays;
    private ViewRange cachedExtent;
    private int[] cachedCounts;

    public OverviewStrip(TimelineModel model) {
        this.model = model;
        setPreferredSize(new Dimension(400, 44));
        setMinimumSize(new Dimension(100, 44));
        setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        setToolTipText("");
        model.addListener(c -> {
            if (c.kind() != TimelineChange.Kind.ARTICLE && c.kind() != TimelineChange.Kind.SELECTION) {
                repaint();
            }
        });
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                double day = dayAt(e.getX());
                ViewRange r = model.range();
                if (!r.contains(day)) {
                    model.setRange(r.pan(day - r.centre()));
                }
                grabOffset = day - model.range().from();
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                if (!Double.isNaN(grabOffset)) {
                    ViewRange r = model.range();
                    model.setRange(r.pan(dayAt(e.getX()) - grabOffset - r.from()));
                }
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                grabOffset = Double.NaN;
            }

            @Override
            public void mouseWheelMoved(MouseWheelEvent e) {
                ViewRange r = model.range();
                model.setRange(r.zoom(Math.pow(TimelineCanvas.ZOOM_STEP, e.getPreciseWheelRotation()), r.centre()));
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
        addMouseWheelListener(mouse);
    }

    /** The stretch of time the strip shows: all events, and the window wherever it is. */
    ViewRange extent() {
        ViewRange all = model.fullRange();
        ViewRange r = model.range();
        return new ViewRange(Math.min(all.from(), r.from()), Math.max(all.to(), r.to()));
    }

    private double dayAt(int x) {
        ViewRange ext = extent();
        return ext.from() + (x - PAD) / (double) Math.max(1, getWidth() - 2 * PAD) * ext.width();
    }

    private double xOf(double day, ViewRange ext) {
        return PAD + (day - ext.from()) / ext.width() * (getWidth() - 2 * PAD);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        return LocalDate.ofEpochDay((long) Math.floor(dayAt(e.getX()))).toString();
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int w = getWidth();
        int h = getHeight();
        g.setColor(Palette.LABEL_BACKGROUND);
        g.fillRect(0, 0, w, h);
        ViewRange ext = extent();
        int[] days = model.index().allDays();
        int cols = Math.max(1, w - 2 * PAD);
        int[] counts = density(days, ext, cols);
        int max = 1;
        for (int n : counts) {
            max = Math.max(max, n);
        }
        g.setColor(new Color(0x6A, 0x73, 0x7D));
        double scale = (h - 8) / Math.sqrt(max);
        for (int c = 0; c < cols; c++) {
            if (counts[c] > 0) {
                int bar = (int) Math.max(1, Math.round(Math.sqrt(counts[c]) * scale));
                g.fillRect(PAD + c, h - 4 - bar, 1, bar);
            }
        }
        paintWindow(g, ext, h);
        g.dispose();
    }

    /**
     * Events per pixel column, kept until the events, the extent or the width change: panning
     * and zooming the timeline only moves the window over it.
     */
    private int[] density(int[] days, ViewRange ext, int cols) {
        if (days == cachedDays && ext.equals(cachedExtent) && cachedCounts != null && cachedCounts.length == cols) {
            return cachedCounts;
        }
        int[] counts = new int[cols];
        int i = 0;
        // One pass over the sorted days.
        for (int c = 0; c < cols && i < days.length; c++) {
            double end = ext.from() + (c + 1) / (double) cols * ext.width();
            int n = 0;
            while (i < days.length && days[i] < end) {
                if (days[i] >= ext.from()) {
                    n++;
                }
                i++;
            }
            counts[c] = n;
        }
        cachedDays = days;
        cachedExtent = ext;
        cachedCounts = counts;
        return counts;
    }

    private void paintWindow(Graphics2D g, ViewRange ext, int h) {
        ViewRange r = model.range();
        double x0 = xOf(r.from(), ext);
        double x1 = xOf(r.to(), ext);
        g.setColor(new Color(0x33, 0x66, 0xCC, 50));
        g.fill(new Rectangle2D.Double(x0, 1, Math.max(3, x1 - x0), h - 3));
        g.setColor(Palette.BOX);
        g.draw(new Rectangle2D.Double(x0, 1, Math.max(3, x1 - x0), h - 3));
    }
}
