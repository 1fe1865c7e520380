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

    /** How a job's steps went: {@code ok} unless a step failed; the note says what was done, or which step failed and why. */
    record Outcome(boolean ok, String note) {
    }
}
