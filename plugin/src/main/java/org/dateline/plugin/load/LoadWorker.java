package org.dateline.plugin.load;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import org.dateline.timeline.ArticleEntry;
import org.dateline.timeline.TimelineModel;

/**
 * Reads sources off the event-dispatch thread, handing each article (or its failure) to the model
 * as soon as it is read. Cancel stops between two articles. Progress goes 0 to 100; the
 * "message" property names the article being read.
 */
public final class LoadWorker extends SwingWorker<Integer, Void> {
    private final List<Source> sources;
    private final TimelineModel model;
    private final Consumer<LoadWorker> whenDone;
    private volatile int read;
    private volatile int failed;

    public LoadWorker(List<Source> sources, TimelineModel model, Consumer<LoadWorker> whenDone) {
        this.sources = List.copyOf(sources);
        this.model = model;
        this.whenDone = whenDone;
    }

    @Override
    protected Integer doInBackground() {
        for (int i = 0; i < sources.size() && !isCancelled(); i++) {
            Source s = sources.get(i);
            firePropertyChange("message", null, s.name() + " (" + (i + 1) + "/" + sources.size() + ")");
            ArticleEntry entry;
            try {
                entry = ArticleEntry.read(s.name(), s.reader().read());
            } catch (IOException e) {
                entry = ArticleEntry.failed(s.name(), e.getMessage() == null ? "cannot read" : e.getMessage());
            } catch (RuntimeException e) {
                // A bug must not stop the other files; the user still gets one line.
                entry = ArticleEntry.failed(s.name(), "internal error: " + e);
            }
            if (isCancelled()) {
                break;
            }
            if (entry.failed()) {
                failed++;
            }
            read++;
            // Not publish(): its chunks may arrive after done(); invokeLater keeps the order.
            ArticleEntry ready = entry;
            SwingUtilities.invokeLater(() -> model.addArticles(List.of(ready)));
            setProgress((i + 1) * 100 / sources.size());
        }
        return read;
    }

    @Override
    protected void done() {
        whenDone.accept(this);
    }

    /** How many sources were read (failures included). */
    public int read() {
        return read;
    }

    public int failed() {
        return failed;
    }

    public int total() {
        return sources.size();
    }
}
