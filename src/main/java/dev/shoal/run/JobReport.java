package dev.shoal.run;

import dev.shoal.git.Update;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One repo's finished job as the output modes see it. {@code note} says in words what the status
 * alone does not ("timed out after 30s, 3 processes killed", "folder missing", "needs credentials");
 * a skipped job's note starts with its reason ({@code dirty: ...}, {@code missing: ...}). {@code update}
 * says, for a job that ended OK, whether git said it changed the repo.
 */
public record JobReport(String repo, Path path, List<String> argv, JobStatus status, int exitCode,
                        Duration duration, CapturedOutput stdout, CapturedOutput stderr, String note, Update update) {
    public JobReport {
        argv = List.copyOf(argv);
    }

    /**
     * Whether the repo counts as a success for the run's exit code: it ended OK, or was skipped after its
     * command succeeded (left alone on purpose, as sync leaves a repo with changes); a repo skipped without
     * running (its folder gone) failed.
     */
    public boolean succeeded() {
        return status == JobStatus.OK || status == JobStatus.SKIPPED && exitCode == 0;
    }

    /**
     * How the repo ended in a word or two, as every output mode prints it: its status, and for a job that
     * ended OK, what git said it did ({@code updated}, {@code up to date}) when it said so.
     */
    public String label() {
        return status == JobStatus.OK ? update.label().orElse(status.label()) : status.label();
    }

    /** A report that says nothing of updates. */
    public JobReport(String repo, Path path, List<String> argv, JobStatus status, int exitCode,
                     Duration duration, CapturedOutput stdout, CapturedOutput stderr, String note) {
        this(repo, path, argv, status, exitCode, duration, stdout, stderr, note, Update.UNKNOWN);
    }
}
