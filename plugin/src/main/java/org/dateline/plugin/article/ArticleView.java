package org.dateline.plugin.article;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.Highlighter;
import javax.swing.text.JTextComponent;
import javax.swing.text.View;
import org.dateline.ArticleEvents;
import org.dateline.article.Article;
import org.dateline.event.Event;
import org.dateline.event.Evidence;
import org.dateline.plugin.Messages;
import org.dateline.plugin.chart.Palette;
import org.dateline.timeline.TimelineChange;
import org.dateline.timeline.TimelineEvent;
import org.dateline.timeline.TimelineModel;
import org.dateline.timeline.QuadClass;

/**
 * The article being read: its cleaned text with every event's sentence tinted by quad class, the
 * selected events' sentences outlined and scrolled into view. Clicking a sentence selects its
 * events on the timeline.
 */
public final class ArticleView extends JPanel {
    private final TimelineModel model;
    private final JLabel header = new JLabel();
    private final JTextArea text = new JTextArea();
    private final Map<QuadClass, Highlighter.HighlightPainter> tints = new HashMap<>();
    private final Map<QuadClass, Highlighter.HighlightPainter> outlines = new HashMap<>();
    private final List<Object> selectedTags = new ArrayList<>();
    private ArticleEvents shown;
    private int[] selectedRange;

    public ArticleView(TimelineModel model) {
        super(new BorderLayout());
        this.model = model;
        for (QuadClass q : QuadClass.values()) {
            tints.put(q, new DefaultHighlighter.DefaultHighlightPainter(Palette.tint(q, 48)));
            outlines.put(q, new OutlinePainter(Palette.tint(q, 120), Palette.of(q).darker().darker()));
        }
        header.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        header.setFont(header.getFont().deriveFont(Font.BOLD));
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setMargin(new java.awt.Insets(8, 10, 8, 10));
        text.setFont(new Font(Font.SERIF, Font.PLAIN, 14));
        text.setName("articleText");
        add(header, BorderLayout.NORTH);
        add(new JScrollPane(text), BorderLayout.CENTER);
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                selectAt(text.viewToModel2D(e.getPoint()));
            }
        });
        model.addListener(this::changed);
        showArticle(null);
        shown = null;
    }

    private void changed(TimelineChange c) {
        boolean article = c.kind() == TimelineChange.Kind.ARTICLE || c.kind() == TimelineChange.Kind.DATA;
        if (article && model.shownArticle() != shown) {
            showArticle(model.shownArticle());
        }
        if (article || c.kind() == TimelineChange.Kind.SELECTION) {
            showSelection();
        }
    }

    /** Selects on the timeline the events whose sentence holds {@code offset}. */
    public void selectAt(int offset) {
        if (shown == null || offset < 0) {
            return;
        }
        List<TimelineEvent> hit = new ArrayList<>();
        for (TimelineEvent e : model.eventsOf(shown)) {
            Evidence ev = e.event().evidence();
            if (ev != null && offset >= ev.start() && offset < ev.end()) {
                hit.add(e);
            }
        }
        if (!hit.isEmpty()) {
            model.select(hit);
        }
    }

    private void showArticle(ArticleEvents a) {
        shown = a;
        text.getHighlighter().removeAllHighlights();
        selectedTags.clear();
        selectedRange = null;
        if (a == null) {
            header.setText(" ");
            text.setText(Messages.get("article.none"));
            return;
        }
        Article art = a.article();
        String date = art.published() == null ? Messages.get("articles.noDate") : art.published().date().toString();
        header.setText(Messages.get("article.header", art.title().isEmpty() ? art.source() : art.title(), date, art.source()));
        header.setToolTipText(art.source());
        text.setText(art.text());
        java.util.Set<Long> tinted = new java.util.HashSet<>();
        for (Event e : a.events()) {
            Evidence ev = e.evidence();
            // A sentence with several events is tinted once: stacked tints would darken it.
            if (ev != null && validRange(ev.start(), ev.end()) && tinted.add(((long) ev.start() << 32) | ev.end())) {
                try {
                    text.getHighlighter().addHighlight(ev.start(), ev.end(), tints.get(QuadClass.of(e.action())));
                } catch (BadLocationException ignored) {
                    // checked by validRange
                }
            }
        }
        text.setCaretPosition(0);
    }

    private boolean validRange(int start, int end) {
        return start >= 0 && end > start && end <= text.getDocument().getLength();
    }

    private void showSelection() {
        Highlighter h = text.getHighlighter();
        selectedTags.forEach(h::removeHighlight);
        selectedTags.clear();
        selectedRange = null;
        if (shown == null) {
            return;
        }
        TimelineEvent lead = null;
        for (TimelineEvent e : model.eventsOf(shown)) {
            Evidence ev = e.event().evidence();
            if (model.selection().contains(e) && ev != null && validRange(ev.start(), ev.end())) {
                try {
                    selectedTags.add(h.addHighlight(ev.start(), ev.end(), outlines.get(e.quadClass())));
                } catch (BadLocationException ignored) {
                    // checked by validRange
                }
                if (lead == null || e.equals(model.lead())) {
                    lead = e;
                }
            }
        }
        if (lead != null) {
            Evidence ev = lead.event().evidence();
            selectedRange = new int[] {ev.start(), ev.end()};
            scrollTo(ev.start(), ev.end());
            // Text just set is laid out later: scroll again once it is.
            javax.swing.SwingUtilities.invokeLater(() -> scrollTo(ev.start(), ev.end()));
        }
    }

    private void scrollTo(int start, int end) {
        if (end > text.getDocument().getLength()) {
            return;
        }
        try {
            Rectangle2D a = text.modelToView2D(start);
            Rectangle2D b = text.modelToView2D(end);
            if (a != null && b != null) {
                Rectangle r = a.createUnion(b).getBounds();
                r.grow(0, 40);
                text.scrollRectToVisible(r);
            }
        } catch (BadLocationException ignored) {
            // offsets were checked
        }
    }

    /** The offsets of the outlined (selected) sentence, or null: for tests and the Eclipse view. */
    public int[] selectedRange() {
        return selectedRange == null ? null : selectedRange.clone();
    }

    public JTextComponent textComponent() {
        return text;
    }

    /** Draws the selected sentence in a stronger tint of its quad class, framed. */
    private static final class OutlinePainter extends DefaultHighlighter.DefaultHighlightPainter {
        private final Color frame;

        OutlinePainter(Color fill, Color frame) {
            super(fill);
            this.frame = frame;
        }

        @Override
        public Shape paintLayer(Graphics g, int offs0, int offs1, Shape bounds, JTextComponent c, View view) {
            Shape s = super.paintLayer(g, offs0, offs1, bounds, c, view);
            if (s != null) {
                Rectangle r = s.getBounds();
                g.setColor(frame);
                g.drawRect(r.x, r.y, r.width - 1, r.height - 1);
            }
            return s;
        }
    }
}
