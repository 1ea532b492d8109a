package org.dateline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.dateline.article.ArticleException;

/**
 * Runs the work on each file on a fixed number of threads and hands the outcomes on in input
 * order, on the calling thread.
 *
 * <p>Each file is worked on where a worker takes it, with no hand-off to another thread of its
 * own: on the 7 KB sample pages such a hand-off cost a sixth of the time. Work in two steps
 * (reading a page, then extracting from it) is done a few files at a time step by step: first
 * each file of the batch is read, then each is extracted. A step's code and tables then stay in
 * the processor's caches from one file to the next, rather than being evicted by the other
 * step's for every file; on the sample pages that saves about a tenth of the time.
 *
 * <p>The time per file is still bounded, over both its steps: a watchdog gives up on a file
 * that overruns the limit, hands it on as failed, and puts a fresh worker in place of the stuck
 * one, which takes over the rest of its batch, so one pathological file never holds up the
 * others. (Java cannot stop a thread; the stuck one is a daemon and exits when its file is
 * done.) Work that calls {@link Dateline}'s bounded methods on a worker runs them directly.
 */
public final class FileRunner {
    /** The work done on one file; an IOException's message is the reason a user sees. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Path file) throws IOException;
    }

    /** The second step of the work on a file, applied to what the first one gave. */
    @FunctionalInterface
    public interface Then<A, T> {
        T apply(A first) throws IOException;
    }

    /** Receives each file's outcome in input order: a result, or the one-line reason it failed. */
    @FunctionalInterface
    public interface Sink<T> {
        void accept(Path file, T result, String failure);
    }

    // Files a worker takes at once, at most: enough for a step's caches to pay, and each file of
    // a batch is held between its two steps (an article read, not its page).
    static final int BATCH = 8;
    // Files a worker may finish ahead of the one the sink waits for: enough to keep every
    // core busy, few enough that a folder of large pages is never held in memory at once.
    private static final int AHEAD_PER_THREAD = 2 * BATCH;

    private final List<Path> files;
    private final int threads;
    private final Work<?> first;
    private final Then<Object, ?> then;
    private final long limitNanos;
    private final AtomicReferenceArray<CompletableFuture<Object>> outcomes; // null once handed on
    private final AtomicInteger next = new AtomicInteger();
    private final Semaphore ahead;
    private final List<Worker> workers = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private FileRunner(List<Path> files, int threads, Duration limit, Work<?> first, Then<?, ?> then) {
        this.files = List.copyOf(files);
        this.threads = threads;
        this.first = first;
        this.then = (Then<Object, ?>) then;
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
        run(files, threads, limit, work, result -> result, sink);
    }

    /**
     * Like {@link #run(List, int, Duration, Work, Sink)} for work in two steps: each file's
     * time limit covers both, and a file whose first step fails is not given to the second.
     */
    public static <A, T> void run(List<Path> files, int threads, Duration limit, Work<A> first, Then<A, T> then,
                                  Sink<T> sink) {
        if (files.isEmpty()) {
            return;
        }
        int used = Math.max(1, Math.min(threads, files.size()));
        new FileRunner(files, used, limit, first, then).run(sink);
    }

    /** True on a worker of a runner: the work it does is already bounded in time. */
    static boolean onWorker() {
        return Thread.currentThread() instanceof Worker;
    }

    @SuppressWarnings("unchecked")
    private <T> void run(Sink<T> sink) {
        for (int i = 0; i < threads; i++) {
            startWorker(new int[0]);
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

    private synchronized void startWorker(int[] inherited) {
        Worker w = new Worker(inherited);
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
                        replace(w, w.unfinished());
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

    private synchronized void replace(Worker stuck, int[] unfinished) {
        workers.remove(stuck);
        startWorker(unfinished);
    }

    // Smaller batches near the end, so that no worker is left with a long tail of its own.
    private int batchSize() {
        int left = files.size() - next.get();
        return Math.max(1, Math.min(BATCH, left / (2 * threads)));
    }

    private boolean done(int file) {
        CompletableFuture<Object> outcome = outcomes.get(file);
        return outcome == null || outcome.isDone();
    }

    /**
     * A worker thread: takes the next few files, works on them step by step, records their
     * outcomes, until none is left.
     */
    private final class Worker extends Thread {
        private static final Object FAILED = new Object();

        private int[] batch; // the files taken, in order
        private int file = -1; // the file in hand, -1 when none
        private long startedAt;
        private boolean abandoned;

        Worker(int[] inherited) {
            super("dateline-worker");
            setDaemon(true);
            this.batch = inherited; // a stuck worker's files not yet done, already counted as ahead
        }

        @Override
        public void run() {
            while (true) {
                if (batch.length == 0 && !takeBatch()) {
                    return;
                }
                if (!work(batch)) {
                    return; // given up on: a fresh worker has taken this one's place
                }
                batch = new int[0];
            }
        }

        private boolean takeBatch() {
            int size = batchSize();
            try {
                ahead.acquire(size);
            } catch (InterruptedException e) {
                return false;
            }
            int from = next.getAndAdd(size);
            int to = Math.min(files.size(), from + size);
            if (to < from + size) {
                ahead.release(from + size - Math.max(from, to));
            }
            if (from >= to) {
                return false;
            }
            int[] taken = new int[to - from];
            for (int i = 0; i < taken.length; i++) {
                taken[i] = from + i;
            }
            batch = taken;
            return true;
        }

        // Both steps, file by file within each; false once this worker has been given up on.
        private boolean work(int[] taken) {
            Object[] firsts = new Object[taken.length];
            long[] spent = new long[taken.length];
            for (int k = 0; k < taken.length; k++) {
                if (!take(taken[k], 0)) {
                    return false;
                }
                try {
                    firsts[k] = first.apply(files.get(taken[k]));
                } catch (Throwable e) { // anything: the sink gets a reason, never a stack trace
                    fail(taken[k], e);
                    firsts[k] = FAILED;
                }
                spent[k] = release();
                if (spent[k] < 0) {
                    return false;
                }
            }
            for (int k = 0; k < taken.length; k++) {
                if (firsts[k] == FAILED) {
                    continue;
                }
                if (!take(taken[k], spent[k])) {
                    return false;
                }
                Object input = firsts[k];
                firsts[k] = null; // each read article is let go as soon as it is done with
                try {
                    CompletableFuture<Object> outcome = outcomes.get(taken[k]);
                    Object result = then.apply(input);
                    if (outcome != null) {
                        outcome.complete(result);
                    }
                } catch (Throwable e) {
                    fail(taken[k], e);
                }
                if (release() < 0) {
                    return false;
                }
            }
            return true;
        }

        private void fail(int i, Throwable e) {
            CompletableFuture<Object> outcome = outcomes.get(i);
            if (outcome != null) {
                outcome.completeExceptionally(e);
            }
        }

        // Holds file i, which has already had spentNanos of its time; false if given up on.
        private synchronized boolean take(int i, long spentNanos) {
            if (abandoned) {
                return false;
            }
            file = i;
            startedAt = System.nanoTime() - spentNanos;
            return true;
        }

        // The time the file let go has had so far, or -1 if this worker has been given up on.
        private synchronized long release() {
            file = -1;
            return abandoned ? -1 : System.nanoTime() - startedAt;
        }

        /** The file this worker has held longer than the limit (and gives it up), else -1. */
        synchronized int overrun(long now, long limit) {
            if (file < 0 || abandoned || now - startedAt <= limit) {
                return -1;
            }
            abandoned = true;
            return file;
        }

        /** Once given up on: the files of its batch, other than the stuck one, still to be done. */
        synchronized int[] unfinished() {
            return Arrays.stream(batch).filter(i -> i != file && !done(i)).toArray();
        }
    }
}
