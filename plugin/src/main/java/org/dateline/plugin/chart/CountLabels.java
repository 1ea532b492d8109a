package org.dateline.plugin.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.util.HashMap;
import java.util.Map;

/**
 * The counts written on clusters, laid out once per number and kept: a zoom step draws about a
 * thousand of them, and text layout is the dearest part of drawing a cluster.
 */
final class CountLabels {
    private final Font font;
    private final Map<Integer, GlyphVector> cache = new HashMap<>();
    private FontRenderContext context;

    CountLabels(Font font) {
        this.font = font;
    }

    GlyphVector get(Graphics2D g, int count) {
        FontRenderContext frc = g.getFontRenderContext();
        if (!frc.equals(context)) {
            cache.clear();
            context = frc;
        }
        if (cache.size() > 4096) {
            cache.clear();
        }
        return cache.computeIfAbsent(count, n -> font.createGlyphVector(frc, TimelinePainter.count(n)));
    }
}
