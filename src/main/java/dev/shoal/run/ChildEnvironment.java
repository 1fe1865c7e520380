package dev.shoal.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The environment policy every process shoal starts gets, on top of the session's environment:
 * <ul>
 * <li>none of git's repo-local variables, the list {@code git rev-parse --local-env-vars} prints (git
 * clears them itself before it works in another repo): started from a git hook or a {@code rebase
 * --exec}, where {@code GIT_DIR} and friends are set, shoal would otherwise act on the repo that set them,
 * in every repo it was asked about;</li>
 * <li>the parents of the repos a process works in as {@code GIT_CEILING_DIRECTORIES}, so git cannot
 * leave a repo whose {@code .git} vanished for an enclosing one;</li>
 * <li>PATH with its relative entries ({@code .}, or an empty one, which means the same) taken from
 * shoal's own folder: the process runs in a repo, where they would name the repo's files, so a {@code git}
 * (or {@code ssh}, {@code git-lfs}) the repo holds would run in place of the user's when a shell or git
 * looks it up;</li>
 * <li>for anything but the user's terminal, no way to wait for an answer nobody sees: no terminal prompt,
 * askpass helpers and editors that fail at once and say why; or, for a job of a run on a terminal, the
 * run's {@link PromptBroker} as askpass, which asks the user in place.</li>
 * </ul>
 */
public final class ChildEnvironment {
    /** git 2.39's {@code --local-env-vars}; a test checks the installed git lists nothing more. */
    static final List<String> REPO_LOCAL = List.of("GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_CONFIG",
            "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_OBJECT_DIRECTORY", "GIT_DIR", "GIT_WORK_TREE",
            "GIT_IMPLICIT_WORK_TREE", "GIT_GRAFT_FILE", "GIT_INDEX_FILE", "GIT_NO_REPLACE_OBJECTS",
            "GIT_REPLACE_REF_BASE", "GIT_PREFIX", "GIT_INTERNAL_SUPER_PREFIX", "GIT_SHALLOW_FILE", "GIT_COMMON_DIR");
    /** The numbered pairs that go with GIT_CONFIG_COUNT. */
    private static final List<String> REPO_LOCAL_PREFIXES = List.of("GIT_CONFIG_KEY_", "GIT_CONFIG_VALUE_");
    static final String CEILINGS = "GIT_CEILING_DIRECTORIES";
    /**
     * What git runs instead of an editor in a parallel run: one line that says why, and a failure, so
     * {@code commit} without {@code -m} or {@code rebase -i} ends at once instead of waiting for an editor
     * nobody sees (git runs it through sh, the file name after it).
     */
    static final String NO_EDITOR = "echo 'shoal: no editor in a parallel run: give the text on the command line"
            + " (commit -m, tag -m, merge --no-edit), or run it in one repo on a terminal' >&2; false";

    private ChildEnvironment() {
    }

    /** The whole environment for {@code spec}'s process. */
    static Map<String, String> of(LaunchSpec spec) {
        // Plain loops, no streams or lambdas: this runs for every process, most of them in the first
        // milliseconds of a run, while the JVM still interprets it (ll on ten repos: 11 ms of CPU with
        // streams, 6 without).
        Map<String, String> env = new HashMap<>(spec.env());
        String path = env.get("PATH");
        if (path != null) {
            env.put("PATH", absolute(path));
        }
        for (String name : REPO_LOCAL) {
            env.remove(name);
        }
        for (Iterator<String> names = env.keySet().iterator(); names.hasNext(); ) {
            if (isRepoLocalPair(names.next())) {
                names.remove();
            }
        }
        if (!spec.repos().isEmpty()) {
            env.put(CEILINGS, ceilings(spec.repos(), env.get(CEILINGS)));
        }
        // Only a job of a run on a terminal asks through shoal; nothing else may ask anything.
        String askpass = spec.io() == LaunchSpec.Io.CAPTURED ? PromptChannel.liveHelper(env).orElse("false") : "false";
        env.remove(PromptChannel.HELPER_VARIABLE);
        if (spec.io() != LaunchSpec.Io.TERMINAL) {
            env.put("GIT_TERMINAL_PROMPT", "0");
            // Helpers that fail at once, or shoal's, in place of any that would open a prompt or a window.
            env.put("GIT_ASKPASS", askpass);
            env.put("SSH_ASKPASS", askpass);
            env.put("SSH_ASKPASS_REQUIRE", "force");
            env.put("GCM_INTERACTIVE", "never");
            // shoal's helper waits for the other repos, then opens the user's editor with the terminal.
            env.put("GIT_EDITOR", askpass.equals("false") ? NO_EDITOR : ShellWords.quote(askpass) + " --edit");
            env.put("GIT_SEQUENCE_EDITOR", askpass.equals("false") ? NO_EDITOR : ShellWords.quote(askpass) + " --edit-sequence");
        }
        if (spec.io() == LaunchSpec.Io.READ_OUT || spec.io() == LaunchSpec.Io.READ_ERR) {
            // Reading a repo never takes a lock that would block, or race, a git the user runs in it.
            env.put("GIT_OPTIONAL_LOCKS", "0");
        }
        return env;
    }

    /**
     * Adds ssh's BatchMode for a network job, unless the user chose their own ssh command (GIT_SSH_COMMAND,
     * GIT_SSH or core.sshCommand), which must not be overridden.
     */
    public static Map<String, String> withBatchSsh(Map<String, String> env, boolean sshCommandConfigured) {
        if (sshCommandConfigured || env.containsKey("GIT_SSH_COMMAND") || env.containsKey("GIT_SSH")) {
            return env;
        }
        Map<String, String> batch = new HashMap<>(env);
        batch.put("GIT_SSH_COMMAND", "ssh -o BatchMode=yes");
        return batch;
    }

    /** {@code path} with each relative entry made absolute from shoal's folder; -1 keeps a trailing empty entry. */
    private static String absolute(String path) {
        StringJoiner absolute = new StringJoiner(File.pathSeparator);
        for (String dir : path.split(File.pathSeparator, -1)) {
            absolute.add(Path.of(dir.isEmpty() ? "." : dir).toAbsolutePath().toString());
        }
        return absolute.toString();
    }

    private static boolean isRepoLocalPair(String name) {
        for (String prefix : REPO_LOCAL_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * git never steps into a ceiling while looking for a repo, so each repo's parent stops it at the repo.
     * git compares ceilings with its working directory with links resolved, so they are resolved here too.
     */
    private static String ceilings(List<Path> repos, String inherited) {
        Set<String> dirs = new LinkedHashSet<>();
        for (Path repo : repos) {
            Path parent = repo.toAbsolutePath().normalize().getParent();
            if (parent != null) {
                dirs.add(real(parent).toString());
            }
        }
        if (inherited != null && !inherited.isEmpty()) {
            dirs.add(inherited);
        }
        return String.join(File.pathSeparator, dirs);
    }

    private static Path real(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir;
        }
    }
}
