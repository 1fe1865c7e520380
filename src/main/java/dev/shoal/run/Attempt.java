package dev.shoal.run;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One try at a job: starts the process, pumps its output into captures and to the view, waits for it
 * within the job's timeout, and on timeout or Ctrl-C ends its whole process tree.
 */
final class Attempt {
    static final Duration KILL_GRACE = Duration.ofSeconds(1);
    /** How long a pipe may stay silent after its process exited before a leftover holder is given up on. */
    private static final Duration BACKGROUND_IDLE = Duration.ofSeconds(2);
    /** How long after a failed start shoal may take to hear of the Ctrl-C that caused it (a loaded machine). */
    private static final Duration STOP_NOTICE = Duration.ofSeconds(1);

    /** How an attempt ended. */
    enum Ending {
        EXITED, TIMED_OUT, CANCELLED, NOT_STARTED
    }

    record Result(Ending ending, int exitCode, int killed, SpillBuffer stdout, SpillBuffer stderr, String problem) {
        boolean ok() {
            return ending == Ending.EXITED && exitCode == 0;
        }

        void discard() {
            stdout.discard();
            stderr.discard();
        }
    }

    private final Job job;
    private final Map<String, String> env;
    private final Runner runner;

    Attempt(Job job, Map<String, String> env, Runner runner) {
        this.job = job;
        this.env = env;
        this.runner = runner;
    }

    Result run(CaptureStore store, RunListener view, ProcessLauncher launcher) {
        SpillBuffer stdout = store.newBuffer();
        SpillBuffer stderr = store.newBuffer();
        Process process;
        try {
            process = launcher.start(job.argv(), job.path(), env);
        } catch (IOException e) {
            // A Ctrl-C while the JDK's spawn helper runs (still in the terminal's process group) kills it too, and
            // shoal may hear of the Ctrl-C a moment after: such a start is cancelled, not failed.
            return stopsWithin(STOP_NOTICE)
                    ? new Result(Ending.CANCELLED, -1, 0, stdout, stderr, "not started")
                    : new Result(Ending.NOT_STARTED, -1, 0, stdout, stderr, "cannot start " + job.argv().getFirst() + ": " + e.getMessage());
        }
        runner.register(process);
        List<StreamPump> pumps = List.of(pump(process.getInputStream(), stdout, view, false),
                pump(process.getErrorStream(), stderr, view, true));
        Ending ending = Ending.EXITED;
        int killed = 0;
        try {
            if (runner.stopping()) {
                throw new InterruptedException("stopped before it could be waited for");
            }
            if (!waitFor(process)) {
                ending = Ending.TIMED_OUT;
                killed = ProcessTree.kill(process.toHandle(), KILL_GRACE);
            }
        } catch (InterruptedException e) {
            ending = Ending.CANCELLED;
            killed = ProcessTree.kill(process.toHandle(), KILL_GRACE);
        }
        int exitCode = exitCode(process);
        runner.unregister(process);
        String problem = drain(pumps);
        return new Result(ending, exitCode, killed, stdout, stderr, problem);
    }

    private StreamPump pump(java.io.InputStream in, SpillBuffer capture, RunListener view, boolean isStderr) {
        LineSplitter lines = new LineSplitter(RunListener.MAX_LINE, (line, progress) -> view.line(job.repo(), line, isStderr, progress));
        return new StreamPump(in, capture, lines, runner::outputGone, "shoal-" + (isStderr ? "err-" : "out-") + job.repo()).start();
    }

    /** Whether the run is stopping, or starts to within {@code wait}; only a failed start waits. */
    private boolean stopsWithin(Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        try {
            while (!runner.stopping() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return runner.stopping();
    }

    /** True when it exited in time. */
    private boolean waitFor(Process process) throws InterruptedException {
        if (job.timeout().isEmpty()) {
            process.waitFor();
            return true;
        }
        return process.waitFor(job.timeout().get().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** The exit code, once the process is surely gone (a killed one goes within the grace period). */
    private static int exitCode(Process process) {
        boolean interrupted = false;
        while (true) {
            try {
                int code = process.waitFor();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return code;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    /** Waits for both streams to end; says so if one had to be given up or could not be captured. */
    private static String drain(List<StreamPump> pumps) {
        String problem = null;
        for (StreamPump pump : pumps) {
            try {
                if (!pump.awaitEnd(BACKGROUND_IDLE)) {
                    problem = "a background process it started kept its output open; shoal stopped reading";
                }
            } catch (InterruptedException e) {
                pump.letGo();
                Thread.currentThread().interrupt();
            }
            if (pump.failure() != null) {
                problem = "output cut short, it could not be saved: " + pump.failure().getMessage();
            }
        }
        return problem;
    }
}
