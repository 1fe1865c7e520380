package dev.shoal.git;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs the git commands of one repo's job one after another, as part of that job: inside its slot, its
 * deadline and its cancellation. Each command's output goes wherever the run shows output, and comes
 * back too, for the job to decide its next step on.
 */
@FunctionalInterface
public interface GitSteps {
    /** Runs {@code git ARGS} in {@code dir}, which must hold a repo; git is never let out of it. */
    GitResult git(Path dir, List<String> args) throws InterruptedException;

    /**
     * How a job's steps went: {@code ok} unless a step failed; {@code skipped} when they chose to leave
     * the repo as it was (sync, at a repo with changes); the note says what was done, or why not (a
     * skip's note starts with its reason: {@code dirty: ...}); {@code update}, whether they changed it.
     */
    record Outcome(boolean ok, boolean skipped, String note, Update update) {
        public Outcome(boolean ok, String note) {
            this(ok, false, note, Update.UNKNOWN);
        }

        /** Done, having changed the repo or found it up to date. */
        public static Outcome done(String note, Update update) {
            return new Outcome(true, false, note, update);
        }

        /** Left as it was, on purpose: not a failure, and not "ok" either. */
        public static Outcome skipped(String why) {
            return new Outcome(true, true, why, Update.UNKNOWN);
        }
    }
}
