package dev.shoal.run;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs jobs one at a time with shoal's own terminal handed over (stdin, stdout and stderr inherited):
 * for editors, pagers and difftools, and for the password prompts a parallel run cannot show. Ctrl-C
 * reaches the child itself (it is in the terminal's foreground group) and stops the repos after it.
 * No timeout applies: a person is at the keyboard.
 */
public final class InteractiveRunner {
    private volatile boolean interrupted;

    /** Runs each job after {@code announce} told the user which repo comes; returns a report per job. */
    public List<JobReport> run(List<Job> jobs, Consumer<Job> announce) {
        List<JobReport> reports = new ArrayList<>();
        AtomicReference<Process> current = new AtomicReference<>();
        try (InterruptGuard ignored = InterruptGuard.install(() -> interrupted = true, () -> {
            Process process = current.get();
            if (process != null) {
                ProcessTree.kill(process.toHandle(), Attempt.KILL_GRACE);
            }
        })) {
            for (Job job : jobs) {
                if (interrupted) {
                    reports.add(report(job, JobStatus.CANCELLED, -1, Duration.ZERO, "not started"));
                    continue;
                }
                announce.accept(job);
                reports.add(runOne(job, current));
            }
        }
        return reports;
    }

    public boolean interrupted() {
        return interrupted;
    }

    private JobReport runOne(Job job, AtomicReference<Process> current) {
        long start = System.nanoTime();
        try {
            ProcessBuilder builder = new ProcessBuilder(job.argv()).directory(job.path().toFile()).inheritIO();
            builder.environment().clear();
            builder.environment().putAll(job.env());
            Process process = builder.start();
            current.set(process);
            int exitCode = waitUninterruptibly(process);
            current.set(null);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            JobStatus status = exitCode == 0 ? JobStatus.OK : interrupted ? JobStatus.CANCELLED : JobStatus.FAILED;
            return report(job, status, exitCode, took, "");
        } catch (IOException e) {
            return report(job, JobStatus.FAILED, -1, Duration.ZERO, "cannot start " + job.argv().getFirst() + ": " + e.getMessage());
        }
    }

    private static int waitUninterruptibly(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // Only the child decides when it is done; Ctrl-C already reached it.
            }
        }
    }

    private static JobReport report(Job job, JobStatus status, int exitCode, Duration duration, String note) {
        return new JobReport(job.repo(), job.path(), job.argv(), status, exitCode, duration,
                EmptyOutput.INSTANCE, EmptyOutput.INSTANCE, note);
    }
}
