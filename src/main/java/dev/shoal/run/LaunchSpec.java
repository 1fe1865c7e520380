package dev.shoal.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How one process is to be started. Every process shoal starts is described by one of these and started
 * by a {@link Launcher}, so the rules (environment, stdin, session, where programs are looked up) are
 * written once and no command can disagree with another.
 *
 * @param argv  the command; a program named without a slash is looked up on {@code env}'s PATH, the
 *              session's, not the JVM's
 * @param dir   where it runs
 * @param env   the session's environment; {@link ChildEnvironment} applies the policy on top of it
 * @param repos the repos it works in: git started by it, at any depth, cannot climb from one of them into
 *              an enclosing repo (their parents are ceilings); empty for a process that works in no repo
 * @param io    how it is connected to shoal and the terminal
 */
public record LaunchSpec(List<String> argv, Path dir, Map<String, String> env, List<Path> repos, Io io) {
    public LaunchSpec {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
        repos = List.copyOf(repos);
    }

    /** How a process is connected. */
    public enum Io {
        /**
         * A job of a parallel run: stdin is /dev/null, stdout and stderr go to pipes, and it runs in a
         * session of its own, without a controlling terminal: nothing it starts can open /dev/tty to ask
         * something nobody would see, and the terminal's Ctrl-C reaches shoal alone, which then ends the
         * whole session of each job itself. No prompt, no editor.
         */
        CAPTURED,
        /** One of shoal's readers: stdin is /dev/null, stdout goes to a pipe, stderr is dropped. */
        READ_OUT,
        /** A reader run again for what it says on stderr after it failed: stdout is dropped. */
        READ_ERR,
        /** The user's terminal handed over (stdin, stdout and stderr inherited), for editors and prompts. */
        TERMINAL
    }
}
