package dev.shoal.run;

import dev.shoal.git.GitResult;
import dev.shoal.git.GitSteps;
import dev.shoal.git.RepoCheck;
import dev.shoal.git.Update;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link GitSteps} of one job: each step is a process of the job like its first command, started by
 * the same launcher, registered with the same {@link RunControl}, under the same deadline, its lines
 * shown as the repo's. A step runs only in a folder that holds a repo. A step that runs out of time ends
 * the job ({@link TimedOut}); Ctrl-C ends it as an interruption.
 */
final class JobSteps implements GitSteps {
    /** What a step may print that is kept for the job to decide on; more is shown, not kept. */
    private static final int KEPT = 1024 * 1024;

    /** A step ran out of the job's time; {@code killed} processes were ended. */
    static final class TimedOut extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient List<String> step;
        final int killed;

        TimedOut(List<String> step, int killed) {
            super("timed out", null, false, false);
            this.step = List.copyOf(step);
            this.killed = killed;
        }
    }

    private final Job job;
    private final long deadline;
    private final RunControl control;
    private final CaptureStore store;
    private final RunListener view;
    private final Launcher launcher;
    /** The exit code of the step that failed last, for the job's report. */
    private int failedExit;

    JobSteps(Job job, long deadline, RunControl control, CaptureStore store, RunListener view, Launcher launcher) {
        this.job = job;
        this.deadline = deadline;
        this.control = control;
        this.store = store;
        this.view = view;
        this.launcher = launcher;
    }

    @Override
    public GitResult git(Path dir, List<String> args) throws InterruptedException {
        if (control.stopping() || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("stopped between steps");
        }
        RepoCheck check = RepoCheck.of(dir, job.gitFlags());
        if (!check.ok()) {
            failedExit = -1;
            return new GitResult(-1, "", check.problem());
        }
        List<String> argv = new ArrayList<>(List.of("git"));
        argv.addAll(job.gitFlags());
        argv.addAll(args);
        LaunchSpec spec = new LaunchSpec(argv, dir, job.env(), List.of(dir), LaunchSpec.Io.CAPTURED);
        Attempt.Result result = new Attempt(job.repo(), spec, deadline, control).run(store, view, launcher);
        try {
            switch (result.ending()) {
                case TIMED_OUT -> throw new TimedOut(argv, result.killed());
                case CANCELLED -> throw new InterruptedException("stopped during a step");
                case NOT_STARTED -> {
                    if (control.interrupted()) {
                        throw new InterruptedException("stopped as a step started");
                    }
                    failedExit = -1;
                    return new GitResult(-1, "", result.problem());
                }
                case EXITED -> {
                    if (result.exitCode() != 0) {
                        failedExit = result.exitCode();
                    }
                    return new GitResult(result.exitCode(), text(result.stdout()), text(result.stderr()));
                }
                default -> throw new IllegalStateException(result.ending().name());
            }
        } finally {
            result.discard();
        }
    }

    /** How a job's steps ended, as its report says it: their status, note and exit code, and its update. */
    record Ending(JobStatus status, String note, int exitCode, Update update) {
    }

    /**
     * Runs the job's steps, after its command succeeded (exit 0) with {@code commandUpdate}: their outcome
     * becomes the job's; a step past the deadline times the job out, Ctrl-C cancels it. The one place
     * both runners, parallel and attached, turn steps into a report.
     */
    Ending run(Update commandUpdate) {
        try {
            GitSteps.Outcome outcome = job.then().run(this);
            JobStatus status = outcome.skipped() ? JobStatus.SKIPPED : outcome.ok() ? JobStatus.OK : JobStatus.FAILED;
            return new Ending(status, outcome.note(), outcome.ok() ? 0 : failedExit,
                    status == JobStatus.OK ? commandUpdate.and(outcome.update()) : Update.UNKNOWN);
        } catch (TimedOut e) {
            return new Ending(JobStatus.TIMED_OUT, "after " + DurationText.limit(job.timeout().orElseThrow()) + " during "
                    + ShellWords.join(e.step) + ", killed " + Runner.processes(e.killed), 0, Update.UNKNOWN);
        } catch (InterruptedException e) {
            return new Ending(JobStatus.CANCELLED, "stopped after "
                    + ShellWords.join(job.argv().subList(0, Math.min(2, job.argv().size()))) + " had run", 0, Update.UNKNOWN);
        }
    }

    private static String text(SpillBuffer buffer) {
        try (InputStream in = buffer.open()) {
            return new String(in.readNBytes(KEPT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
