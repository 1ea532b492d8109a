package org.dateline.plugin.chart;

import java.awt.Color;
import org.dateline.timeline.QuadClass;

/** Colours of the timeline: quad classes from the Okabe-Ito set, readable by colour-blind eyes. */
public final class Palette {
    public static final Color BACKGROUND = Color.WHITE;
    public static final Color LANE_STRIPE = new Color(0xF4, 0xF6, 0xF8);
    public static final Color LABEL_BACKGROUND = new Color(0xEC, 0xEF, 0xF2);
    public static final Color GRID = new Color(0xDD, 0xE1, 0xE6);
    public static final Color TEXT = new Color(0x22, 0x26, 0x2B);
    public static final Color MUTED_TEXT = new Color(0x6A, 0x73, 0x7D);
    public static final Color DIMMED = new Color(0xC8, 0xCD, 0xD2);
    public static final Color SELECTION = new Color(0x11, 0x11, 0x11);
    public static final Color BOX = new Color(0x33, 0x66, 0xCC);

    private static final Color[] QUAD = {
        new Color(0x56, 0xB4, 0xE9), // verbal cooperation: sky blue
        new Color(0x00, 0x72, 0xB2), // material cooperation: blue
        new Color(0xE6, 0x9F, 0x00), // verbal conflict: orange
        new Color(0xD5, 0x5E, 0x00), // material conflict: vermillion
    };

    private Palette() {
    }

    public static Color of(QuadClass q) {
        return QUAD[q.ordinal()];
    }

    /** A pale tint of a quad class colour, for highlighting text behind black letters. */
    public static Color tint(QuadClass q, int alpha) {
        Color c = of(q);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
