package dev.shoal.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One repo's work in a run: a command, then, once it succeeded, the job's further {@link Steps}, all in
 * one {@code -j} slot, under one deadline, stopped together by Ctrl-C, and reported as one.
 *
 * @param repo     the name the job is reported under
 * @param path     where the command runs
 * @param inRepo   {@code path} must hold a repo (checked with {@code gitFlags} right before anything
 *                 starts; a repo that fails the check is reported and nothing runs there); false for a
 *                 clone, which runs in the folder that will hold the new repo
 * @param gitFlags the repo's flags, which may name its git folder
 * @param argv     the command
 * @param env      the session's environment (the launcher applies its policy on top)
 * @param timeout  how long the command and its steps may take together
 * @param network  a git command that talks to a remote: bounded per host, retried when the host drops it
 * @param then     what follows a successful command
 */
public record Job(String repo, Path path, boolean inRepo, List<String> gitFlags, List<String> argv,
                  Map<String, String> env, Optional<Duration> timeout, boolean network, Steps then) {
    public Job {
        gitFlags = List.copyOf(gitFlags);
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
    }

    /** A command in a registered repo. */
    public static Job inRepo(String repo, Path path, List<String> gitFlags, List<String> argv, Map<String, String> env,
                             Optional<Duration> timeout, boolean network) {
        return new Job(repo, path, true, gitFlags, argv, env, timeout, network, Steps.NONE);
    }

    /** A command in a folder that holds no repo yet (a clone's parent). */
    public static Job inFolder(String repo, Path folder, List<String> argv, Map<String, String> env,
                               Optional<Duration> timeout, boolean network) {
        return new Job(repo, folder, false, List.of(), argv, env, timeout, network, Steps.NONE);
    }

    /** This job, followed by {@code steps} once its command succeeded. */
    public Job then(Steps steps) {
        return new Job(repo, path, inRepo, gitFlags, argv, env, timeout, network, steps);
    }

    /** This job with another environment (the user's own, to run it with the terminal attached). */
    public Job withEnv(Map<String, String> other) {
        return new Job(repo, path, inRepo, gitFlags, argv, other, timeout, network, then);
    }
}
