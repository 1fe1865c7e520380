package dev.shoal.run;

import dev.shoal.git.RepoCheck;
import dev.shoal.git.Update;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs jobs one at a time with shoal's own terminal handed over (stdin, stdout and stderr inherited):
 * for editors, pagers and difftools, and for the password prompts a parallel run cannot show. Ctrl-C
 * reaches the child itself (it is in the terminal's foreground group) and stops the repos after it. The
 * same checks as a parallel run's come first (the folder must hold the repo), the job's timeout holds,
 * and a job's steps follow it, their lines going to {@code steps}.
 */
public final class InteractiveRunner {
    private final RunControl control = new RunControl();
    private final Path tempRoot;
    private final Launcher launcher;

    /** {@code tempRoot}: where a step's large output may spill. */
    public InteractiveRunner(Path tempRoot) {
        this(tempRoot, OsLauncher.INSTANCE);
    }

    InteractiveRunner(Path tempRoot, Launcher launcher) {
        this.tempRoot = tempRoot;
        this.launcher = launcher;
    }

    /** Runs each job after {@code announce} told the user which repo comes; returns a report per job. */
    public List<JobReport> run(List<Job> jobs, Consumer<Job> announce, RunListener steps) {
        List<JobReport> reports = new ArrayList<>();
        try (CaptureStore store = new CaptureStore(tempRoot, CaptureStore.MEMORY_BUDGET);
             InterruptGuard ignored = InterruptGuard.install(control::interrupt, control::killAll)) {
            control.jobThread(Thread.currentThread());
            for (Job job : jobs) {
                if (control.interrupted()) {
                    reports.add(report(job, JobStatus.CANCELLED, -1, Duration.ZERO, "not started"));
                    continue;
                }
                RepoCheck check = job.inRepo() ? RepoCheck.of(job.path(), job.gitFlags()) : null;
                if (check != null && !check.ok()) {
                    reports.add(report(job, JobStatus.SKIPPED, -1, Duration.ZERO, (check.missing() ? "missing: " : "") + check.problem()));
                    continue;
                }
                announce.accept(job);
                reports.add(runOne(job, store, steps));
            }
            control.killAll();
        }
        Thread.interrupted(); // a Ctrl-C meant for the children is not the caller's
        return reports;
    }

    public boolean interrupted() {
        return control.interrupted();
    }

    private JobReport runOne(Job job, CaptureStore store, RunListener steps) {
        long start = System.nanoTime();
        long deadline = job.timeout().map(t -> start + t.toNanos()).orElse(Attempt.NEVER);
        Process process;
        try {
            process = launcher.start(new LaunchSpec(job.argv(), job.path(), job.env(),
                    job.inRepo() ? List.of(job.path()) : List.of(), LaunchSpec.Io.TERMINAL));
        } catch (IOException e) {
            return report(job, JobStatus.FAILED, -1, Duration.ZERO, "cannot start " + job.argv().getFirst() + ": " + e.getMessage());
        }
        control.register(process);
        boolean timedOut = !waitFor(process, deadline);
        int killed = timedOut ? ProcessTree.kill(process.toHandle(), Attempt.KILL_GRACE) : 0;
        int exitCode = Attempt.exitCode(process);
        killed += control.collected(process);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (timedOut) {
            return report(job, JobStatus.TIMED_OUT, exitCode, took, "after " + DurationText.limit(job.timeout().orElseThrow())
                    + ", killed " + Runner.processes(killed));
        }
        if (exitCode != 0 || job.then() == Steps.NONE) {
            JobStatus status = exitCode == 0 ? JobStatus.OK : control.interrupted() ? JobStatus.CANCELLED : JobStatus.FAILED;
            return report(job, status, exitCode, took, "");
        }
        // The command's own words went to the terminal, not to shoal: whether it changed the repo is not known.
        JobSteps.Ending end = new JobSteps(job, deadline, control, store, steps, launcher).run(Update.UNKNOWN);
        steps.line(job.repo(), end.note().getBytes(StandardCharsets.UTF_8), false, false);
        return new JobReport(job.repo(), job.path(), job.argv(), end.status(), end.exitCode(), Duration.ofNanos(System.nanoTime() - start),
                EmptyOutput.INSTANCE, EmptyOutput.INSTANCE, end.note(), end.update());
    }

    /**
     * Waits until the process is done, or until the deadline: only the child decides when it is done
     * within it (Ctrl-C reached it already, from the terminal). False when the deadline passed.
     */
    private static boolean waitFor(Process process, long deadline) {
        while (true) {
            try {
                if (deadline == Attempt.NEVER) {
                    process.onExit().get();
                } else {
                    process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
                return true;
            } catch (InterruptedException e) {
                // Ctrl-C: the child got it too and decides for itself.
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException("waiting for a process failed", e.getCause());
            }
        }
    }

    private static JobReport report(Job job, JobStatus status, int exitCode, Duration duration, String note) {
        return new JobReport(job.repo(), job.path(), job.argv(), status, exitCode, duration,
                EmptyOutput.INSTANCE, EmptyOutput.INSTANCE, note);
    }
}
