package dev.shoal.run;

import dev.shoal.git.FailureKind;
import dev.shoal.git.GitConfig;
import dev.shoal.git.RemoteTarget;
import dev.shoal.git.RepoCheck;
import dev.shoal.git.Update;
import dev.shoal.git.UpdateReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * Runs jobs in many repos at once, each on its own virtual thread: at most {@code jobs} at a time, and
 * network commands further bounded per remote host ({@link HostLimiter}). A command the host dropped is
 * run again; transient network failures are retried {@code retries} times. A job whose folder no longer
 * holds its repo runs nothing. A job's steps run in its slot, under its deadline. Ctrl-C stops every
 * process's session and still reports what finished. The listener hears of everything as it happens.
 */
public final class Runner {
    /** Tries after dropped connections, on top of --retry: a drop says "fewer at once", not "failed". */
    private static final int DROP_RETRIES = 5;
    private static final int STDERR_TAIL = 16 * 1024;

    private final RunSettings settings;
    private final Launcher launcher;
    private final Semaphore slots;
    private final HostLimiter hosts;
    private final RunControl control = new RunControl();
    /** Where the jobs' processes ask their questions; null when nobody could answer (no terminal). */
    private final PromptBroker prompts;
    private GitConfig gitConfig;

    public Runner(RunSettings settings) {
        this(settings, OsLauncher.INSTANCE, null);
    }

    /** A run whose processes ask {@code prompts} for passwords and the like, instead of failing at once. */
    public Runner(RunSettings settings, PromptBroker prompts) {
        this(settings, OsLauncher.INSTANCE, prompts);
    }

    /** With another launcher: the runner's own tests. */
    Runner(RunSettings settings, Launcher launcher) {
        this(settings, launcher, null);
    }

    private Runner(RunSettings settings, Launcher launcher, PromptBroker prompts) {
        this.settings = settings;
        this.launcher = launcher;
        this.prompts = prompts;
        this.slots = new Semaphore(settings.jobs(), true);
        this.hosts = new HostLimiter(settings.jobs());
    }

    public RunOutcome run(List<Job> jobs, RunListener view, RerunCommand rerun) {
        long start = System.nanoTime();
        launcher.expect(jobs.size(), settings.jobs(), view.redraws());
        try (CaptureStore store = new CaptureStore(settings.tempRoot(), CaptureStore.MEMORY_BUDGET);
             InterruptGuard ignored = InterruptGuard.install(control::interrupt, control::killAll)) {
            if (prompts != null) {
                control.jobThread(prompts.thread());
            }
            tell(() -> view.begin(jobs.stream().map(Job::repo).toList()));
            JobReport[] reports = new JobReport[jobs.size()];
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                int index = i;
                Thread thread = Thread.ofVirtual().name("shoal-job-" + jobs.get(i).repo()).unstarted(() -> {
                    control.jobThread(Thread.currentThread());
                    reports[index] = runJob(jobs.get(index), view, store);
                });
                threads.add(thread);
                thread.start();
            }
            threads.forEach(Runner::joinUninterruptibly);
            if (prompts != null) {
                prompts.close(); // a question still up (its job timed out) is taken down before the summary
            }
            control.killAll();
            RunSummary summary = new RunSummary(List.of(reports), Duration.ofNanos(System.nanoTime() - start), rerun,
                    control.interrupted());
            if (!control.outputClosed()) {
                tell(() -> view.summary(summary));
            }
            return new RunOutcome(summary, control.outputClosed());
        }
    }

    private JobReport runJob(Job job, RunListener view, CaptureStore store) {
        if (control.stopping()) {
            return finish(view, notRun(job, JobStatus.CANCELLED, "not started"));
        }
        RemoteTarget target = job.network() ? RemoteTarget.of(job.path(), job.argv(), gitConfig(job)) : RemoteTarget.LOCAL;
        // With a broker, ssh may ask (its askpass is shoal); without, it must not wait for an answer nobody sees.
        Map<String, String> env = prompts != null ? prompts.env(job.repo(), job.path(), target.hosts(), job.env())
                : job.network() ? ChildEnvironment.withBatchSsh(job.env(), target.sshCommandConfigured())
                : job.env();
        LaunchSpec spec = new LaunchSpec(job.argv(), job.path(), env, job.inRepo() ? List.of(job.path()) : List.of(),
                LaunchSpec.Io.CAPTURED);
        Tries tries = new Tries();
        long start = 0;
        while (true) {
            HostLimiter.Ticket ticket;
            try {
                ticket = hosts.acquire(target.hosts());
            } catch (InterruptedException e) {
                return finish(view, notRun(job, JobStatus.CANCELLED, "not started"));
            }
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                hosts.release(ticket, HostLimiter.Outcome.UNUSED);
                return finish(view, notRun(job, JobStatus.CANCELLED, "not started"));
            }
            JobReport report;
            Attempt.Result attempt;
            if (prompts != null) {
                prompts.slotTaken();
            }
            try {
                // Checked right before anything starts: a repo gone since the run began runs nothing.
                RepoCheck check = job.inRepo() ? RepoCheck.of(job.path(), job.gitFlags()) : null;
                if (check != null && !check.ok()) {
                    hosts.release(ticket, HostLimiter.Outcome.UNUSED);
                    return finish(view, notRun(job, JobStatus.SKIPPED, (check.missing() ? "missing: " : "") + check.problem()));
                }
                start = start == 0 ? System.nanoTime() : start;
                long deadline = job.timeout().map(t -> System.nanoTime() + saturatedNanos(t)).orElse(Attempt.NEVER);
                tell(() -> view.started(job.repo()));
                attempt = new Attempt(job.repo(), spec, deadline, control).run(store, view, launcher);
                FailureKind failure = failureOf(attempt);
                hosts.release(ticket, outcome(attempt, failure));
                if (job.network() && !control.stopping() && tries.again(failure, settings.retries())) {
                    attempt.discard();
                    continue;
                }
                if (failure == FailureKind.CREDENTIALS && prompts != null && !control.stopping() && prompts.runAgain(env)) {
                    attempt.discard(); // a wrong password: asked once more, and the job run again with the new one
                    continue;
                }
                report = report(job, attempt, failure, tries, Duration.ofNanos(System.nanoTime() - start));
                if (attempt.ok() && job.then() != Steps.NONE) {
                    report = afterwards(job, report, new JobSteps(job, deadline, control, store, view, launcher), view, start);
                }
            } finally {
                if (prompts != null) {
                    prompts.slotFreed();
                }
                slots.release();
            }
            return finish(view, report);
        }
    }

    /**
     * Whether Ctrl-C stopped the run. A child that died of the terminal's SIGINT before it had a session
     * of its own (exit 130, or its start broken by signal 2) got the same Ctrl-C as shoal, whose handler
     * may not have run yet: it gets a moment (0.5 s at most) to say so.
     */
    private boolean stoppedByCtrlC(Attempt.Result attempt) {
        boolean looksLikeIt = attempt.ending() == Attempt.Ending.EXITED ? attempt.exitCode() == 130
                : attempt.problem() != null && attempt.problem().contains("signal: 2");
        long until = System.nanoTime() + 500_000_000L;
        while (looksLikeIt && !control.interrupted() && System.nanoTime() < until) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return control.interrupted();
    }

    /** A timeout too large to count in nanoseconds is as good as none (292 years). */
    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    /**
     * The job's steps after its command succeeded, in the same slot and under the same deadline; their
     * outcome becomes the job's, said as the repo's last line too (for output modes that show lines, not
     * notes), after any note the runner had.
     */
    private JobReport afterwards(Job job, JobReport done, JobSteps steps, RunListener view, long start) {
        JobSteps.Ending end = steps.run(done.update());
        tell(() -> view.line(job.repo(), end.note().getBytes(StandardCharsets.UTF_8), false, false));
        String notes = done.note() == null || done.note().isEmpty() ? end.note() : end.note() + "; " + done.note();
        return new JobReport(done.repo(), done.path(), done.argv(), end.status(), end.exitCode(),
                Duration.ofNanos(System.nanoTime() - start), done.stdout(), done.stderr(), notes, end.update());
    }

    /** Counts the tries of one job after drops and transient failures, and waits before a retry. */
    private final class Tries {
        int drops;
        int retries;

        boolean again(FailureKind failure, int allowedRetries) {
            if (failure == FailureKind.DROPPED_CONNECTION && drops < DROP_RETRIES) {
                drops++;
                return true;
            }
            if ((failure == FailureKind.TRANSIENT || failure == FailureKind.DROPPED_CONNECTION) && retries < allowedRetries) {
                retries++;
                return pause(Duration.ofSeconds(1L << Math.min(retries - 1, 4)));
            }
            return false;
        }

        /** False when Ctrl-C came during the pause. */
        private boolean pause(Duration duration) {
            try {
                Thread.sleep(duration);
                return !control.stopping();
            } catch (InterruptedException e) {
                return false;
            }
        }

        String note() {
            List<String> parts = new ArrayList<>();
            if (drops > 0) {
                parts.add("ran again " + times(drops) + " after the host dropped the connection");
            }
            if (retries > 0) {
                parts.add("retried " + times(retries));
            }
            return String.join("; ", parts);
        }

        private static String times(int n) {
            return n == 1 ? "once" : n + " times";
        }
    }

    /** The system and global git config, read once per run (every job of a run has the same environment). */
    private synchronized GitConfig gitConfig(Job job) {
        if (gitConfig == null) {
            gitConfig = GitConfig.of(job.env());
        }
        return gitConfig;
    }

    private static FailureKind failureOf(Attempt.Result attempt) {
        if (attempt.ending() != Attempt.Ending.EXITED || attempt.exitCode() == 0) {
            return FailureKind.OTHER;
        }
        try {
            return FailureKind.of(attempt.stderr().tail(STDERR_TAIL));
        } catch (IOException e) {
            return FailureKind.OTHER;
        }
    }

    private static HostLimiter.Outcome outcome(Attempt.Result attempt, FailureKind failure) {
        if (attempt.ending() != Attempt.Ending.EXITED) {
            return HostLimiter.Outcome.UNUSED;
        }
        return failure == FailureKind.DROPPED_CONNECTION ? HostLimiter.Outcome.DROPPED : HostLimiter.Outcome.SERVED;
    }

    /**
     * A command that failed while Ctrl-C was stopping the run counts as cancelled: a child caught between
     * its start and its own session is in the terminal's process group, gets the terminal's SIGINT too,
     * and exits 130 on its own (or the JDK's spawn helper does, and the start fails).
     */
    private JobReport report(Job job, Attempt.Result attempt, FailureKind failure, Tries tries, Duration duration) {
        List<String> notes = new ArrayList<>();
        JobStatus status = switch (attempt.ending()) {
            case TIMED_OUT -> {
                notes.add("after " + DurationText.limit(job.timeout().orElseThrow())
                        + ", killed " + processes(attempt.killed()));
                yield JobStatus.TIMED_OUT;
            }
            case CANCELLED -> {
                notes.add("stopped, killed " + processes(attempt.killed()));
                yield JobStatus.CANCELLED;
            }
            case NOT_STARTED -> stoppedByCtrlC(attempt) ? JobStatus.CANCELLED : JobStatus.FAILED;
            case EXITED -> attempt.exitCode() == 0 ? JobStatus.OK
                    : stoppedByCtrlC(attempt) ? JobStatus.CANCELLED
                    : failure == FailureKind.CREDENTIALS ? JobStatus.NEEDS_CREDENTIALS : JobStatus.FAILED;
        };
        if (attempt.problem() != null) {
            notes.add(attempt.problem());
        }
        if (!tries.note().isEmpty()) {
            notes.add(tries.note());
        }
        Update update = status == JobStatus.OK ? updateOf(job, attempt) : Update.UNKNOWN;
        return new JobReport(job.repo(), job.path(), job.argv(), status, attempt.exitCode(), duration,
                attempt.stdout(), attempt.stderr(), String.join("; ", notes), update);
    }

    /** What the successful command's own output says about whether it changed the repo. */
    private static Update updateOf(Job job, Attempt.Result attempt) {
        if (!UpdateReader.tells(job.argv())) {
            return Update.UNKNOWN;
        }
        try (InputStream out = attempt.stdout().open(); InputStream err = attempt.stderr().open()) {
            return UpdateReader.read(job.argv(), out, err);
        } catch (IOException e) {
            return Update.UNKNOWN;
        }
    }

    static String processes(int n) {
        return n == 1 ? "1 process" : n + " processes";
    }

    private static JobReport notRun(Job job, JobStatus status, String note) {
        return new JobReport(job.repo(), job.path(), job.argv(), status, -1, Duration.ZERO,
                EmptyOutput.INSTANCE, EmptyOutput.INSTANCE, note);
    }

    private JobReport finish(RunListener view, JobReport report) {
        tell(() -> view.finished(report));
        return report;
    }

    /** Calls the view; if its output is gone, the whole run stops quietly. */
    private void tell(Runnable call) {
        if (control.outputClosed()) {
            return;
        }
        try {
            call.run();
        } catch (OutputClosedException e) {
            control.outputGone();
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        while (true) {
            try {
                thread.join();
                return;
            } catch (InterruptedException e) {
                // The runner's own thread is never told to stop; its jobs are.
            }
        }
    }
}
