package dev.shoal.ui.live;

import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.RerunCommand;
import dev.shoal.run.RunSummary;
import dev.shoal.ui.Style;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.stream.IntStream;

/**
 * Feeds a {@link LiveView} on the real terminal the way a run would, for tests in tmux: {@code REPOS}
 * repos, {@code PARALLEL} at a time, each printing progress ("Counting widgets: N%", which must never be
 * left on screen) and then finishing with captured output. {@link #expectedOutput} says what each
 * block holds. With {@code hang}, every third repo never finishes, so a test can press Ctrl-C mid-run.
 *
 * <p>Usage: {@code LiveViewDriver REPOS PARALLEL [hang]}
 */
public final class LiveViewDriver {
    private LiveViewDriver() {
    }

    public static void main(String[] args) throws InterruptedException {
        int repos = Integer.parseInt(args[0]);
        Semaphore slots = new Semaphore(Integer.parseInt(args[1]));
        boolean hang = args.length > 2 && args[2].equals("hang");
        LiveView view = LiveView.start(System.out, System.err, new Style(true));
        view.begin(IntStream.range(0, repos).mapToObj(LiveViewDriver::name).toList());
        List<JobReport> reports = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(repos);
        for (int i = 0; i < repos; i++) {
            int index = i;
            slots.acquire();
            Thread.ofVirtual().start(() -> {
                try {
                    JobReport report = run(view, index, hang && index % 3 == 0);
                    synchronized (reports) {
                        reports.add(report);
                    }
                    view.finished(report);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    slots.release();
                    finished.countDown();
                }
            });
        }
        finished.await();
        reports.sort(Comparator.comparing(JobReport::repo));
        view.summary(new RunSummary(reports, Duration.ofMillis(4200), new RerunCommand(List.of("shoal", "fetch"), List.of()), false));
    }

    static String name(int index) {
        return "repo-%02d".formatted(index);
    }

    /** Every line the block of repo {@code index} prints, in order (none for every fourth repo). */
    static List<String> expectedOutput(int index) {
        List<String> lines = new ArrayList<>();
        for (int line = 1; line <= index % 4; line++) {
            lines.add(name(index) + " says line " + line);
        }
        if (index % 4 == 3) {
            lines.add("Resolving deltas: 100% (12/12), done.");
        }
        return lines;
    }

    static boolean fails(int index) {
        return index % 7 == 3;
    }

    private static JobReport run(LiveView view, int index, boolean forever) throws InterruptedException {
        String name = name(index);
        view.started(name);
        for (int step = 0; forever || step <= 10; step++) {
            int percent = step % 11 * 10;
            view.line(name, ("Counting widgets: " + percent + "% (" + percent + "/100) for " + name + " and a long tail "
                    + "x".repeat(80)).getBytes(StandardCharsets.UTF_8), true, true);
            Thread.sleep(10 + index % 5 * 5);
        }
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        for (String line : expectedOutput(index)) {
            if (line.startsWith("Resolving")) {
                // Rewrites by carriage return: only the last version belongs in the block.
                stderr.append("Resolving deltas:  50% (6/12)\rResolving deltas: 100% (12/12), done.\n");
            } else {
                stdout.append(line).append('\n');
            }
        }
        return new JobReport(name, Path.of("/work", name), List.of("git", "fetch"),
                fails(index) ? JobStatus.FAILED : JobStatus.OK, fails(index) ? 1 : 0,
                Duration.ofMillis(100L * index), Captured.of(stdout.toString()), Captured.of(stderr.toString()), null);
    }
}
