package dev.shoal.run;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One process of a job: starts it, pumps its output into captures and to the listener, waits for it
 * until the job's deadline, and on timeout or Ctrl-C ends its whole session (everything it started,
 * daemons included); once it has exited, whatever it left running in its session is ended too.
 */
final class Attempt {
    static final Duration KILL_GRACE = Duration.ofSeconds(1);
    /** No deadline. */
    static final long NEVER = Long.MAX_VALUE;
    /** How long a pipe may stay silent after its process exited before a leftover holder is given up on. */
    private static final Duration BACKGROUND_IDLE = Duration.ofSeconds(2);

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

    private final String repo;
    private final LaunchSpec spec;
    private final long deadline;
    private final RunControl control;

    /** {@code deadline} in {@link System#nanoTime()} terms, or {@link #NEVER}. */
    Attempt(String repo, LaunchSpec spec, long deadline, RunControl control) {
        this.repo = repo;
        this.spec = spec;
        this.deadline = deadline;
        this.control = control;
    }

    Result run(CaptureStore store, RunListener view, Launcher launcher) {
        SpillBuffer stdout = store.newBuffer();
        SpillBuffer stderr = store.newBuffer();
        Process process;
        try {
            process = launcher.start(spec);
        } catch (IOException e) {
            stdout.discard();
            stderr.discard();
            return new Result(Ending.NOT_STARTED, -1, 0, stdout, stderr, "cannot start " + spec.argv().getFirst() + ": " + e.getMessage());
        }
        control.register(process);
        List<StreamPump> pumps = List.of(pump(process.getInputStream(), stdout, view, false),
                pump(process.getErrorStream(), stderr, view, true));
        Ending ending = Ending.EXITED;
        int killed = 0;
        try {
            if (control.stopping()) {
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
        killed += control.collected(process);
        String problem = drain(pumps);
        return new Result(ending, exitCode, killed, stdout, stderr, problem);
    }

    private StreamPump pump(InputStream in, SpillBuffer capture, RunListener view, boolean isStderr) {
        LineSplitter lines = new LineSplitter(RunListener.MAX_LINE, (line, progress) -> view.line(repo, line, isStderr, progress));
        return new StreamPump(in, capture, lines, control::outputGone).start();
    }

    /**
     * True when it exited in time. Waits on {@code onExit()}, which parks a virtual thread without holding
     * its carrier, so Ctrl-C and the deadline are heard however long the process stays silent.
     */
    private boolean waitFor(Process process) throws InterruptedException {
        try {
            if (deadline == NEVER) {
                process.onExit().get();
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return !process.isAlive();
            }
            process.onExit().get(left, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for a process failed", e.getCause());
        }
    }

    /** The exit code, once the process is surely gone (a killed one goes within the grace period). */
    static int exitCode(Process process) {
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
