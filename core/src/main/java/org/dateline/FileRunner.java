package org.dateline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.dateline.article.ArticleException;

/**
 * Runs one piece of work per file on a fixed number of threads and hands the outcomes on in
 * input order, on the calling thread.
 *
 * <p>Each file is worked on where a worker takes it, with no hand-off to another thread of its
 * own: on the 7 KB sample pages such a hand-off cost a sixth of the time. The time per file is
 * still bounded: a watchdog gives up on a file that overruns the limit, hands it on as failed,
 * and puts a fresh worker in place of the stuck one, so one pathological file never holds up
 * the others. (Java cannot stop a thread; the stuck one is a daemon and exits when its file is
 * done.) Work that calls {@link Dateline}'s bounded methods on a worker runs them directly.
 */
public final class FileRunner {
    /** The work done on one file; an IOException's message is the reason a user sees. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Path file) throws IOException;
    }

    /** Receives each file's outcome in input order: a result, or the one-line reason it failed. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(Path file, T result, String failure);
    }

    // Files a worker may finish ahead of the one the sink waits for: enough to keep every
    // core busy, few enough that a folder of large pages is never held in memory at once.
    private static final int AHEAD_PER_THREAD = 4;

    private final List<Path> files;
    private final Work<?> work;
    private final long limitNanos;
    private final AtomicReferenceArray<CompletableFuture<Object>> outcomes; // null once handed on
    private final AtomicInteger next = new AtomicInteger();
    private final Semaphore ahead;
    private final List<Worker> workers = new ArrayList<>();

    private FileRunner(List<Path> files, int threads, Duration limit, Work<?> work) {
        this.files = List.copyOf(files);
        this.work = work;
        this.limitNanos = limit.toNanos();
        this.outcomes = new AtomicReferenceArray<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            outcomes.set(i, new CompletableFuture<>());
        }
        this.ahead = new Semaphore(threads * AHEAD_PER_THREAD);
    }

    /**
     * Applies the work to each file on {@code threads} threads, each file within {@code limit},
     * and hands every outcome to the sink in input order. Failures never escape: an exception
     * becomes its one-line reason ({@link ArticleException#reasonFor}).
     */
    public static <T> void run(List<Path> files, int threads, Duration limit, Work<T> work, Sink<T> sink) {
        if (files.isEmpty()) {
            return;
        }
        int used = Math.max(1, Math.min(threads, files.size()));
        new FileRunner(files, used, limit, work).run(used, sink);
    }

    /** True on a worker of a runner: the work it does is already bounded in time. */
    static boolean onWorker() {
        return Thread.currentThread() instanceof Worker;
    }

    @SuppressWarnings("unchecked")
    private <T> void run(int threads, Sink<T> sink) {
        for (int i = 0; i < threads; i++) {
            startWorker();
        }
        Thread watchdog = new Thread(this::watch, "dateline-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            for (int i = 0; i < files.size(); i++) {
                Object result = null;
                String failure = null;
                try {
                    result = outcomes.get(i).get();
                } catch (ExecutionException e) {
                    failure = ArticleException.reasonFor(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = "interrupted";
                }
                outcomes.set(i, null); // handed on: its result may be large
                ahead.release();
                sink.accept(files.get(i), (T) result, failure);
            }
        } finally {
            watchdog.interrupt();
            next.set(files.size()); // after an interrupt: workers take no more files
            ahead.release(files.size());
        }
    }

    private synchronized void startWorker() {
        Worker w = new Worker();
        workers.add(w);
        w.start();
    }

    // Every tenth of the limit (at most once a second): the files that overran it fail.
    private void watch() {
        long pause = Math.max(1, Math.min(1000, limitNanos / 10_000_000L));
        try {
            while (true) {
                Thread.sleep(pause);
                for (Worker w : snapshot()) {
                    int file = w.overrun(System.nanoTime(), limitNanos);
                    if (file >= 0) {
                        CompletableFuture<Object> outcome = outcomes.get(file);
                        if (outcome != null) {
                            outcome.completeExceptionally(new ArticleException("gave up after " + said(limitNanos)));
                        }
                        w.interrupt();
                        replace(w);
                    }
                }
            }
        } catch (InterruptedException e) {
            // the sink has every outcome
        }
    }

    private static String said(long nanos) {
        long millis = nanos / 1_000_000L;
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private synchronized List<Worker> snapshot() {
        return List.copyOf(workers);
    }

    private synchronized void replace(Worker stuck) {
        workers.remove(stuck);
        startWorker();
    }

    /** A worker thread: takes the next file, works on it, records its outcome, until none is left. */
    private final class Worker extends Thread {
        private int file = -1; // the file in hand, -1 when none
        private long startedAt;
        private boolean abandoned;

        Worker() {
            super("dateline-worker");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (true) {
                try {
                    ahead.acquire();
                } catch (InterruptedException e) {
                    return;
                }
                int i = next.getAndIncrement();
                if (i >= files.size() || !take(i)) {
                    ahead.release();
                    return;
                }
                CompletableFuture<Object> outcome = outcomes.get(i);
                try {
                    Object result = work.apply(files.get(i));
                    if (outcome != null) {
                        outcome.complete(result);
                    }
                } catch (Throwable e) { // anything: the sink gets a reason, never a stack trace
                    if (outcome != null) {
                        outcome.completeExceptionally(e);
                    }
                }
                if (!release()) {
                    return; // given up on: a fresh worker has taken this one's place
                }
            }
        }

        private synchronized boolean take(int i) {
            if (abandoned) {
                return false;
            }
            file = i;
            startedAt = System.nanoTime();
            return true;
        }

        private synchronized boolean release() {
            file = -1;
            return !abandoned;
        }

        /** The file this worker has held longer than the limit (and gives it up), else -1. */
        synchronized int overrun(long now, long limit) {
            if (file < 0 || abandoned || now - startedAt <= limit) {
                return -1;
            }
            abandoned = true;
            return file;
        }
    }
}
