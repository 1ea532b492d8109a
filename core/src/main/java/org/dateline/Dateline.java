package org.dateline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.dateline.article.Article;
import org.dateline.article.ArticleException;
import org.dateline.article.ArticleLoader;
import org.dateline.article.PublicationDate;
import org.dateline.event.EventExtractor;

/**
 * The entry point: from an article to its dated, coded events.
 *
 * <pre>{@code
 * ArticleEvents a = Dateline.extract(Path.of("samples/articles/2022-02-21-recognition.html"));
 * a.events().forEach(e -> System.out.println(e.date() + " " + e.action().label()));
 *
 * ArticleEvents t = Dateline.extractText("Russia recognized the two regions on Monday.",
 *                                        LocalDate.of(2022, 2, 22));
 * }</pre>
 *
 * <p>Reading a saved article never touches the network. Every call is bounded in time: an
 * article that takes longer than {@link #TIME_LIMIT} fails with an {@link ArticleException}.
 * Many files are best read with {@link #extractAll} (or a {@link FileRunner}): each is worked
 * on where a worker takes it, with no hand-off of its own.
 */
public final class Dateline {
    /** The most time one article may take, end to end. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

    private static final EventExtractor EXTRACTOR = new EventExtractor();
    // Daemon workers: an article that overruns its limit cannot keep the JVM alive.
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dateline-worker");
        t.setDaemon(true);
        return t;
    });

    private Dateline() {
    }

    /** Reads a saved HTML page (also .html.gz) or a .txt article and extracts its events. */
    public static ArticleEvents extract(Path file) throws IOException {
        return extract(file, null);
    }

    /**
     * Like {@link #extract(Path)}, with the publication date given by the caller (it overrides
     * whatever the page says; null keeps the page's own).
     */
    public static ArticleEvents extract(Path file, LocalDate published) throws IOException {
        return bounded(() -> events(withPublished(ArticleLoader.load(file), published)));
    }

    /**
     * Extracts each file on all cores, each within {@link #TIME_LIMIT}, and hands the outcomes
     * to the sink in input order: the events, or the one-line reason a file failed.
     */
    public static void extractAll(List<Path> files, FileRunner.Sink<ArticleEvents> sink) {
        extractAll(files, null, sink);
    }

    /**
     * Like {@link #extractAll(List, FileRunner.Sink)}, with the publication date given by the
     * caller (null keeps each page's own). Files are read and extracted a few at a time, step
     * by step (see {@link FileRunner}).
     */
    public static void extractAll(List<Path> files, LocalDate published, FileRunner.Sink<ArticleEvents> sink) {
        FileRunner.run(files, Runtime.getRuntime().availableProcessors(), TIME_LIMIT,
                file -> read(file, published), Dateline::events, sink);
    }

    /**
     * Reads a saved page or text article (main text, title, publication date) without
     * extracting events, within the same time limit.
     */
    public static Article read(Path file) throws IOException {
        return read(file, null);
    }

    /** Like {@link #read(Path)}, with the publication date given by the caller (null keeps the page's own). */
    public static Article read(Path file, LocalDate published) throws IOException {
        return bounded(() -> withPublished(ArticleLoader.load(file), published));
    }

    /** Extracts the events of an HTML page held in a string. */
    public static ArticleEvents extractHtml(String html) {
        return extractHtml(html, null);
    }

    /** Extracts the events of an HTML page held in a string, with a known publication date. */
    public static ArticleEvents extractHtml(String html, LocalDate published) {
        return unchecked(() -> events(withPublished(ArticleLoader.fromHtml(html, "html"), published)));
    }

    /** Extracts the events of a plain-text article held in a string. */
    public static ArticleEvents extractText(String text) {
        return extractText(text, null);
    }

    /** Extracts the events of a plain-text article, relative dates anchored to {@code published}. */
    public static ArticleEvents extractText(String text, LocalDate published) {
        return unchecked(() -> events(withPublished(ArticleLoader.fromText(text, "text"), published)));
    }

    /** Extracts the events of an article already read. */
    public static ArticleEvents events(Article article) {
        return new ArticleEvents(article, EXTRACTOR.extract(article));
    }

    private static Article withPublished(Article article, LocalDate published) {
        if (published == null) {
            return article;
        }
        return new Article(article.source(), article.title(), article.text(),
                new PublicationDate(published, "override"), article.problems());
    }

    private static <T> T unchecked(Callable<T> work) {
        try {
            return bounded(work);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    // On a FileRunner's worker the runner bounds the time already: no second hand-off.
    private static <T> T bounded(Callable<T> work) throws IOException {
        if (FileRunner.onWorker()) {
            try {
                return work.call();
            } catch (IOException e) {
                throw e;
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                throw new ArticleException(ArticleException.reasonFor(e));
            }
        }
        Future<T> future = WORKERS.submit(work);
        try {
            return future.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ArticleException("gave up after " + TIME_LIMIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ArticleException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new ArticleException(ArticleException.reasonFor(cause));
        }
    }
}
