package org.dateline.plugin.articles;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import org.dateline.ArticleEvents;
import org.dateline.article.Article;
import org.dateline.plugin.Messages;
import org.dateline.timeline.ArticleEntry;
import org.dateline.timeline.TimelineChange;
import org.dateline.timeline.TimelineModel;

/**
 * The opened articles: title, publication date and event count, or the reason a file failed.
 * Choosing one shows it in the article view.
 */
public final class ArticleListView extends JPanel {
    private final TimelineModel model;
    private DefaultListModel<ArticleEntry> entries = new DefaultListModel<>();
    private final JList<ArticleEntry> list = new JList<>(entries);
    private final JLabel summary = new JLabel(" ");
    private boolean syncing;

    public ArticleListView(TimelineModel model) {
        super(new BorderLayout());
        this.model = model;
        list.setName("articles");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new Renderer(model));
        // Every row is two lines high: measured once, not once per article (thousands of them).
        list.setPrototypeCellValue(ArticleEntry.failed("prototype.html", "reason"));
        list.addListSelectionListener(e -> {
            ArticleEntry entry = list.getSelectedValue();
            if (!syncing && !e.getValueIsAdjusting() && entry != null && !entry.failed()) {
                model.showArticle(entry.result());
            }
        });
        JLabel title = new JLabel(Messages.get("articles.title"));
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        title.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        summary.setBorder(BorderFactory.createEmptyBorder(2, 6, 4, 6));
        add(title, BorderLayout.NORTH);
        // Long titles end in "…" rather than scroll sideways.
        add(new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER),
                BorderLayout.CENTER);
        add(summary, BorderLayout.SOUTH);
        model.addListener(this::changed);
    }

    private void changed(TimelineChange c) {
        if (c.kind() == TimelineChange.Kind.DATA) {
            // A fresh list model in one go: thousands of single insertions would each relayout.
            DefaultListModel<ArticleEntry> fresh = new DefaultListModel<>();
            fresh.addAll(model.articles());
            entries = fresh;
            list.setModel(fresh);
            int failed = (int) model.articles().stream().filter(ArticleEntry::failed).count();
            summary.setText(Messages.get("articles.summary", model.articles().size() - failed,
                    model.events().size(), failed));
        }
        if (c.kind() == TimelineChange.Kind.ARTICLE || c.kind() == TimelineChange.Kind.DATA) {
            syncing = true;
            try {
                ArticleEvents shown = model.shownArticle();
                list.clearSelection();
                for (int i = 0; i < entries.size(); i++) {
                    if (entries.get(i).result() == shown && shown != null) {
                        list.setSelectedIndex(i);
                        int row = i;
                        // After the list has laid out its new rows.
                        javax.swing.SwingUtilities.invokeLater(() -> list.ensureIndexIsVisible(row));
                    }
                }
            } finally {
                syncing = false;
            }
        }
    }

    /** The list itself, for tests. */
    public JList<ArticleEntry> articleList() {
        return list;
    }

    /** Two lines per article: the title, then date and counts (or the failure, in red). */
    private static final class Renderer extends JPanel implements ListCellRenderer<ArticleEntry> {
        private final TimelineModel model;
        private final JLabel first = new JLabel();
        private final JLabel second = new JLabel();

        Renderer(TimelineModel model) {
            super(new BorderLayout());
            this.model = model;
            setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
            first.setFont(first.getFont().deriveFont(Font.BOLD));
            second.setFont(second.getFont().deriveFont(second.getFont().getSize2D() - 1f));
            add(first, BorderLayout.NORTH);
            add(second, BorderLayout.SOUTH);
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends ArticleEntry> list, ArticleEntry entry,
                                                      int index, boolean selected, boolean focus) {
            setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            Color fg = selected ? list.getSelectionForeground() : list.getForeground();
            first.setForeground(fg);
            if (entry.failed()) {
                first.setText(entry.source());
                second.setText(Messages.get("articles.failed", entry.failure()));
                second.setForeground(selected ? fg : new Color(0xB0, 0x20, 0x20));
            } else {
                Article a = entry.result().article();
                first.setText(a.title().isEmpty() ? a.source() : a.title());
                String date = a.published() == null ? Messages.get("articles.noDate") : a.published().date().toString();
                int dated = model.eventsOf(entry.result()).size();
                int all = entry.result().events().size();
                String counts = Messages.get("articles.events", all)
                        + (all > dated ? Messages.get("articles.undated", all - dated) : "");
                second.setText(date + " · " + counts);
                second.setForeground(selected ? fg : Color.GRAY.darker());
            }
            setToolTipText(entry.source());
            // Never wider than the list: the labels clip their text instead.
            setPreferredSize(null);
            java.awt.Dimension d = getPreferredSize();
            setPreferredSize(new java.awt.Dimension(Math.min(d.width, Math.max(50, list.getWidth())), d.height));
            return this;
        }
    }
}
