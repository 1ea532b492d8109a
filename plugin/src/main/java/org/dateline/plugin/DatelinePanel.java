package org.dateline.plugin;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import org.dateline.plugin.article.ArticleView;
import org.dateline.plugin.articles.ArticleListView;
import org.dateline.plugin.chart.OverviewStrip;
import org.dateline.plugin.chart.TimelineCanvas;
import org.dateline.plugin.chart.TimelineToolBar;
import org.dateline.plugin.export.ExportDialog;
import org.dateline.plugin.filter.FilterPanel;
import org.dateline.plugin.load.ArticleFiles;
import org.dateline.plugin.load.FileDrop;
import org.dateline.plugin.load.LoadStatus;
import org.dateline.plugin.load.LoadWorker;
import org.dateline.plugin.load.OpenDialog;
import org.dateline.plugin.load.SampleCorpus;
import org.dateline.plugin.load.Source;
import org.dateline.plugin.load.UrlFetcher;
import org.dateline.timeline.TimelineModel;

/**
 * The whole Dateline panel: opened articles and filters on the left, the timeline with its
 * overview strip, the article being read below it. Hosted by the standalone window and by the
 * Eclipse view alike (dialogs are parented on whatever window holds it); call it on the
 * event-dispatch thread only.
 */
public class DatelinePanel extends JPanel {
    private final TimelineModel model = new TimelineModel();
    private final TimelineCanvas canvas = new TimelineCanvas(model);
    private final ArticleView articleView = new ArticleView(model);
    private final ArticleListView articleList = new ArticleListView(model);
    private final FilterPanel filters = new FilterPanel(model);
    private final LoadStatus status = new LoadStatus();

    public DatelinePanel() {
        super(new BorderLayout());
        JPanel timeline = new JPanel(new BorderLayout());
        timeline.add(new TimelineToolBar(canvas), BorderLayout.NORTH);
        timeline.add(canvas, BorderLayout.CENTER);
        timeline.add(new org.dateline.plugin.chart.LaneScrollBar(canvas), BorderLayout.EAST);
        timeline.add(new OverviewStrip(model), BorderLayout.SOUTH);
        JSplitPane right = new JSplitPane(JSplitPane.VERTICAL_SPLIT, timeline, articleView);
        right.setResizeWeight(0.62);
        right.setContinuousLayout(true);
        JScrollPane filterScroll = new JScrollPane(filters);
        filterScroll.setBorder(null);
        JSplitPane left = new JSplitPane(JSplitPane.VERTICAL_SPLIT, articleList, filterScroll);
        left.setResizeWeight(0.45);
        JSplitPane main = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        main.setResizeWeight(0.0);
        main.setDividerLocation(300);
        left.setMinimumSize(new Dimension(180, 100));
        add(main, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        // Find works wherever the focus is inside the panel, also in a host without our menus.
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(javax.swing.KeyStroke.getKeyStroke('/'), "find");
        getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(javax.swing.KeyStroke.getKeyStroke(
                java.awt.event.KeyEvent.VK_F, java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()), "find");
        getActionMap().put("find", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                focusSearch();
            }
        });
        FileDrop handler = new FileDrop(this::openFiles);
        for (JComponent c : List.of(this, canvas, articleList.articleList())) {
            c.setTransferHandler(handler);
        }
    }

    /** Opens articles or folders of articles, off the event-dispatch thread. */
    public void openFiles(List<Path> files) {
        open(ArticleFiles.expand(files));
    }

    /** Opens sources (files, addresses) off the event-dispatch thread, with progress and Cancel. */
    public void open(List<Source> sources) {
        if (sources.isEmpty()) {
            return;
        }
        LoadWorker worker = new LoadWorker(sources, model, status::finished);
        status.follow(worker);
        worker.execute();
    }

    /** Opens the sample corpus bundled with Dateline. */
    public void openSampleCorpus() {
        Path folder = SampleCorpus.folder();
        if (folder == null) {
            status.say(Messages.get("load.noSamples"));
            return;
        }
        openFiles(List.of(folder));
    }

    /** Asks the user for files or a folder to open. */
    public void showOpenDialog() {
        List<Path> chosen = OpenDialog.choose(this);
        if (!chosen.isEmpty()) {
            openFiles(chosen);
        }
    }

    /** Asks for a web address and opens that one page. */
    public void showOpenUrlDialog() {
        String url = JOptionPane.showInputDialog(SwingUtilities.getWindowAncestor(this),
                Messages.get("url.prompt"), Messages.get("url.title"), JOptionPane.QUESTION_MESSAGE);
        if (url != null && !url.isBlank()) {
            open(List.of(new UrlFetcher().source(url.strip())));
        }
    }

    /** Asks the user where and how large to export the current timeline view, then writes it. */
    public void showExportDialog() {
        String done = ExportDialog.show(this, model, canvas.getSize());
        if (done != null) {
            status.say(done);
        }
    }

    /** Closes every article. */
    public void closeAll() {
        model.clear();
    }

    /** Puts the keyboard focus in the search field. */
    public void focusSearch() {
        filters.focusSearch();
    }

    public TimelineModel model() {
        return model;
    }

    public TimelineCanvas canvas() {
        return canvas;
    }

    public ArticleView articleView() {
        return articleView;
    }

    public ArticleListView articleList() {
        return articleList;
    }

    public FilterPanel filters() {
        return filters;
    }

    /** True while articles are being read. */
    public boolean loading() {
        return status.busy();
    }
}
