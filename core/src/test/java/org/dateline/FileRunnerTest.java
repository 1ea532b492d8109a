package org.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FileRunnerTest {
    private final List<String> seen = new ArrayList<>();

    private void record(Path file, String result, String failure) {
        seen.add(file + "=" + (failure == null ? result : "failed: " + failure));
    }

    @Test
    void outcomesComeInInputOrderThoughFinishedOutOfOrder() {
        List<Path> files = IntStream.range(0, 30).mapToObj(i -> Path.of("f" + i)).toList();
        FileRunner.run(files, 3, Duration.ofSeconds(30), file -> {
            // the earlier files take longest, so they finish last
            LockSupport.parkNanos((30 - Integer.parseInt(file.toString().substring(1))) * 1_000_000L);
            return file.toString().toUpperCase();
        }, this::record);
        assertThat(seen).containsExactlyElementsOf(
                files.stream().map(f -> f + "=" + f.toString().toUpperCase()).toList());
    }

    @Test
    void aFailureIsItsReasonAndTheOthersGoOn() {
        FileRunner.run(List.of(Path.of("a"), Path.of("bad"), Path.of("deep")), 1, Duration.ofSeconds(30), file -> {
            if (file.toString().equals("bad")) {
                throw new IOException("not an article");
            }
            if (file.toString().equals("deep")) {
                throw new StackOverflowError();
            }
            return "ok";
        }, this::record);
        assertThat(seen).containsExactly("a=ok", "bad=failed: not an article",
                "deep=failed: structure nested too deeply to read");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFileThatOverrunsTheLimitFailsAndAFreshWorkerTakesTheRest() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        FileRunner.run(List.of(Path.of("a"), Path.of("stuck"), Path.of("c"), Path.of("d")), 1,
                Duration.ofMillis(200), file -> {
                    if (file.toString().equals("stuck")) {
                        // deaf to interrupts, like a loop that never checks: released only below
                        while (never.getCount() > 0) {
                            LockSupport.parkNanos(10_000_000L);
                        }
                    }
                    return "ok";
                }, this::record);
        assertThat(seen).containsExactly("a=ok", "stuck=failed: gave up after 200 ms", "c=ok", "d=ok");
        never.countDown();
    }

    @Test
    void workInTwoStepsIsDoneAFewFilesAtATimeStepByStep() {
        List<String> steps = new ArrayList<>();
        List<Path> files = IntStream.range(0, 40).mapToObj(i -> Path.of("f" + i)).toList();
        FileRunner.run(files, 1, Duration.ofSeconds(30), file -> {
            steps.add("read " + file);
            return file.toString();
        }, read -> {
            steps.add("then " + read);
            return read.toUpperCase();
        }, this::record);
        assertThat(seen).containsExactlyElementsOf(files.stream().map(f -> f + "=" + f.toString().toUpperCase()).toList());
        // the first batch is read whole before any of it goes on to the second step
        assertThat(steps.subList(0, FileRunner.BATCH + 1)).containsExactlyElementsOf(
                IntStream.rangeClosed(0, FileRunner.BATCH).mapToObj(i -> i < FileRunner.BATCH ? "read f" + i : "then f0")
                        .toList());
    }

    @Test
    void aFileWhoseFirstStepFailsIsNotGivenToTheSecond() {
        List<String> then = new ArrayList<>();
        FileRunner.run(List.of(Path.of("a"), Path.of("bad"), Path.of("c")), 1, Duration.ofSeconds(30), file -> {
            if (file.toString().equals("bad")) {
                throw new IOException("binary file");
            }
            return file.toString();
        }, read -> {
            then.add(read);
            return "ok";
        }, this::record);
        assertThat(seen).containsExactly("a=ok", "bad=failed: binary file", "c=ok");
        assertThat(then).containsExactly("a", "c");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void theLimitCoversBothStepsOfAFile() {
        FileRunner.run(List.of(Path.of("slow"), Path.of("quick")), 1, Duration.ofMillis(300), file -> {
            LockSupport.parkNanos(file.toString().equals("slow") ? 200_000_000L : 0);
            return file.toString();
        }, read -> {
            LockSupport.parkNanos(read.equals("slow") ? 200_000_000L : 0);
            return "ok";
        }, this::record);
        assertThat(seen).containsExactly("slow=failed: gave up after 300 ms", "quick=ok");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFreshWorkerTakesOverTheRestOfAStuckWorkersBatch() {
        CountDownLatch never = new CountDownLatch(1);
        List<Path> files = IntStream.range(0, 40).mapToObj(i -> Path.of("f" + i)).toList();
        FileRunner.run(files, 1, Duration.ofMillis(200), Path::toString, read -> {
            while (read.equals("f0") && never.getCount() > 0) { // stuck after the whole batch was read
                LockSupport.parkNanos(10_000_000L);
            }
            return "ok";
        }, this::record);
        assertThat(seen).hasSize(40).startsWith("f0=failed: gave up after 200 ms")
                .containsAll(files.subList(1, 40).stream().map(f -> f + "=ok").toList());
        never.countDown();
    }

    @Test
    void theWorkRunsOnTheWorkerThatTookIt() throws Exception {
        List<Boolean> onWorker = new ArrayList<>();
        FileRunner.run(List.of(Path.of("x")), 1, Duration.ofSeconds(30), file -> FileRunner.onWorker(),
                (file, result, failure) -> onWorker.add(result));
        assertThat(onWorker).containsExactly(true);
        assertThat(FileRunner.onWorker()).isFalse();
        // and Dateline's bounded calls made there run on it too, with the same one-line reasons
        FileRunner.run(List.of(Path.of("no-such-file.html")), 1, Duration.ofSeconds(30), Dateline::extract,
                (file, result, failure) -> seen.add(failure));
        assertThat(seen).containsExactly("no such file");
    }

    @Test
    void noFilesNoWork() {
        FileRunner.run(List.of(), 4, Duration.ofSeconds(1), file -> {
            throw new AssertionError("no file to work on");
        }, this::record);
        assertThat(seen).isEmpty();
    }
}
