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
    /** At most this many articles, or this much time, between two updates of the model. */
    private static final int BATCH = 50;
    private static final long FLUSH_NANOS = 250_000_000L;
    private final List<ArticleEntry> pending = new java.util.ArrayList<>();
    private long lastFlush = System.nanoTime();
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
            pending.add(entry);
            if (pending.size() >= BATCH || System.nanoTime() - lastFlush > FLUSH_NANOS) {
                flush();
            }
            setProgress((i + 1) * 100 / sources.size());
        }
        flush();
        return read;
    }

    /**
     * Hands the articles read so far to the model in one change: a folder of thousands of
     * articles must not re-sort the timeline thousands of times. Not publish(): its chunks may
     * arrive after done(); invokeLater keeps the order.
     */
    private void flush() {
        if (!pending.isEmpty()) {
            List<ArticleEntry> ready = List.copyOf(pending);
            pending.clear();
            SwingUtilities.invokeLater(() -> model.addArticles(ready));
        }
        lastFlush = System.nanoTime();
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
