package dev.shoal.run;

import dev.shoal.git.BatchEnvironment;
import dev.shoal.git.FailureKind;
import dev.shoal.git.GitConfig;
import dev.shoal.git.RemoteTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Runs jobs in many repos at once, each on its own virtual thread: at most {@code jobs} processes at a
 * time, and network commands further bounded per remote host ({@link HostLimiter}). A command the host
 * dropped is run again; transient network failures are retried {@code retries} times. Ctrl-C stops
 * every process tree and still reports what finished. The view hears of everything as it happens.
 */
public final class Runner {
    /** Tries after dropped connections, on top of --retry: a drop says "fewer at once", not "failed". */
    private static final int DROP_RETRIES = 5;
    private static final int STDERR_TAIL = 16 * 1024;

    private final RunSettings settings;
    private final ProcessLauncher launcher = ProcessLauncher.detect();
    private final Semaphore slots;
    private final HostLimiter hosts;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private final Set<Thread> jobThreads = ConcurrentHashMap.newKeySet();
    private GitConfig gitConfig;
    private volatile boolean interrupted;
    private volatile boolean outputClosed;

    public Runner(RunSettings settings) {
        this.settings = settings;
        this.slots = new Semaphore(settings.jobs(), true);
        this.hosts = new HostLimiter(settings.jobs());
    }

    public RunOutcome run(List<Job> jobs, RunListener view, RerunCommand rerun) {
        long start = System.nanoTime();
        try (CaptureStore store = new CaptureStore(settings.tempRoot(), CaptureStore.MEMORY_BUDGET);
             InterruptGuard ignored = InterruptGuard.install(this::interrupt, this::killAll)) {
            tell(() -> view.begin(jobs.stream().map(Job::repo).toList()));
            JobReport[] reports = new JobReport[jobs.size()];
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                int index = i;
                Thread thread = Thread.ofVirtual().name("shoal-job-" + jobs.get(i).repo()).unstarted(() -> {
                    jobThreads.add(Thread.currentThread());
                    reports[index] = runJob(jobs.get(index), view, store);
                });
                threads.add(thread);
                thread.start();
            }
            threads.forEach(Runner::joinUninterruptibly);
            RunSummary summary = new RunSummary(List.of(reports), Duration.ofNanos(System.nanoTime() - start), rerun, interrupted);
            if (!outputClosed) {
                tell(() -> view.summary(summary));
            }
            return new RunOutcome(summary, outputClosed);
        }
    }

    private JobReport runJob(Job job, RunListener view, CaptureStore store) {
        long start = System.nanoTime();
        if (stopping()) {
            return finish(view, notRun(job, JobStatus.CANCELLED, "not started"));
        }
        if (!Files.isDirectory(job.path())) {
            return finish(view, notRun(job, JobStatus.SKIPPED, "folder missing: " + job.path()));
        }
        RemoteTarget target = job.network() ? RemoteTarget.of(job.path(), job.argv(), gitConfig(job)) : RemoteTarget.LOCAL;
        Map<String, String> env = job.network()
                ? BatchEnvironment.withBatchSsh(job.env(), target.sshCommandConfigured())
                : job.env();
        Tries tries = new Tries();
        while (true) {
            HostLimiter.Ticket ticket;
            try {
                ticket = hosts.acquire(target.hosts());
            } catch (InterruptedException e) {
                return finish(view, notRun(job, JobStatus.CANCELLED, "not started"));
            }
            Attempt.Result attempt;
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                hosts.release(ticket, HostLimiter.Outcome.UNUSED);
                return finish(view, notRun(job, JobStatus.CANCELLED, "not started"));
            }
            try {
                tell(() -> view.started(job.repo()));
                attempt = new Attempt(job, env, this).run(store, view, launcher);
            } finally {
                slots.release();
            }
            FailureKind failure = failureOf(attempt);
            hosts.release(ticket, outcome(attempt, failure));
            if (job.network() && !stopping() && tries.again(failure, settings.retries())) {
                attempt.discard();
                continue;
            }
            return finish(view, report(job, attempt, failure, tries, Duration.ofNanos(System.nanoTime() - start)));
        }
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
                return !stopping();
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

    private static JobReport report(Job job, Attempt.Result attempt, FailureKind failure, Tries tries, Duration duration) {
        List<String> notes = new ArrayList<>();
        JobStatus status = switch (attempt.ending()) {
            case TIMED_OUT -> {
                notes.add("timed out after " + DurationText.format(job.timeout().orElseThrow())
                        + ", killed " + processes(attempt.killed()));
                yield JobStatus.TIMED_OUT;
            }
            case CANCELLED -> {
                notes.add("stopped, killed " + processes(attempt.killed()));
                yield JobStatus.CANCELLED;
            }
            case NOT_STARTED -> JobStatus.FAILED;
            case EXITED -> attempt.exitCode() == 0 ? JobStatus.OK
                    : failure == FailureKind.CREDENTIALS ? JobStatus.NEEDS_CREDENTIALS : JobStatus.FAILED;
        };
        if (attempt.problem() != null) {
            notes.add(attempt.problem());
        }
        if (!tries.note().isEmpty()) {
            notes.add(tries.note());
        }
        return new JobReport(job.repo(), job.path(), job.argv(), status, attempt.exitCode(), duration,
                attempt.stdout(), attempt.stderr(), String.join("; ", notes));
    }

    private static String processes(int n) {
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
        if (outputClosed) {
            return;
        }
        try {
            call.run();
        } catch (OutputClosedException e) {
            outputGone();
        }
    }

    boolean stopping() {
        return interrupted || outputClosed;
    }

    void register(Process process) {
        running.add(process);
    }

    void unregister(Process process) {
        running.remove(process);
    }

    /** Ctrl-C: every job stops (each thread ends its own process tree), and the summary still comes. */
    private void interrupt() {
        interrupted = true;
        jobThreads.forEach(Thread::interrupt);
    }

    /** Nobody reads the output any more: stop everything, say nothing. */
    void outputGone() {
        if (!outputClosed) {
            outputClosed = true;
            jobThreads.forEach(Thread::interrupt);
        }
    }

    /** The JVM is going down (SIGTERM, SIGHUP): take every child tree with it. */
    private void killAll() {
        ProcessTree.killAll(running.stream().map(Process::toHandle).toList(), Attempt.KILL_GRACE);
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
