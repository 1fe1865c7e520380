package dev.shoal.git;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs the git commands of one repo's job one after another, as part of a run: each command's output
 * goes wherever the run shows output, and comes back too, for the job to decide its next step on.
 */
@FunctionalInterface
public interface GitSteps {
    /** Runs {@code git ARGS} in {@code dir}. */
    StepResult git(Path dir, List<String> args) throws InterruptedException;
}
