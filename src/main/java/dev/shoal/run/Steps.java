package dev.shoal.run;

import dev.shoal.git.GitSteps;

/**
 * What a job does after its command succeeded (after a clone, its remotes and branch; after a fetch, the
 * fast-forward): local git commands run through {@link GitSteps}, within the job's slot and deadline.
 * Their outcome becomes the job's: its status and the note that says what was done.
 */
@FunctionalInterface
public interface Steps {
    Steps NONE = git -> new GitSteps.Outcome(true, "");

    GitSteps.Outcome run(GitSteps git) throws InterruptedException;
}
