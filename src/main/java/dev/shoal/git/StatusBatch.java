package dev.shoal.git;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code git status} in many work trees from one process started by shoal: {@code git for-each-repo}
 * (git 2.30 and later) runs each repo's status itself, one after the other, and their outputs follow
 * each other on stdout, each beginning with its {@code # branch.oid} line. Starting a process costs the
 * JVM far more than it costs git (1000 starts of {@code /bin/true} here: 1.7 s of CPU from Java, 0.7 s
 * from xargs), and with a thousand repos that was most of what shoal added to git's own work.
 */
final class StatusBatch {
    /** The config key that lists the repos, given on the command line only. */
    private static final String KEY = "shoal.status.repo";
    static final List<String> STATUS = List.of("status", "--porcelain=v2", "--branch", "--show-stash");
    private static final String FIRST_LINE = "# branch.oid ";
    /** Per batch, so a thousand repos still make enough batches to keep every allowed process busy. */
    private static final int MOST = 32;

    private StatusBatch() {
    }

    /** Whether a repo can share a batch: its own flags would apply to every repo of it. */
    static boolean accepts(RepoLocation repo) {
        return repo.flags().isEmpty() && repo.path().isAbsolute() && !repo.path().toString().contains("\n");
    }

    /**
     * Repos per batch: two batches per allowed process, and at most {@link #MOST}. Fewer, larger batches
     * start fewer processes (on 100 repos and 2 cores, one batch per process read in 150 ms, four in
     * 175 ms), more, smaller ones let the others finish while one large repo holds its batch up.
     */
    static int size(int repos, int bound) {
        return Math.clamp((repos + 2L * bound - 1) / (2L * bound), 1, MOST);
    }

    /** The flags that go right after {@code git}: the repos, as values of the config key. */
    static List<String> flags(List<Path> dirs) {
        List<String> flags = new ArrayList<>(2 * dirs.size());
        for (Path dir : dirs) {
            flags.add("-c");
            flags.add(KEY + "=" + dir);
        }
        return flags;
    }

    static List<String> args() {
        List<String> args = new ArrayList<>(List.of("for-each-repo", "--config=" + KEY));
        args.addAll(STATUS);
        return args;
    }

    /**
     * Each repo's output, in order. for-each-repo stops at the first repo whose git fails; then the
     * output last begun may be that repo's, cut short, so only the ones before it are taken, and the
     * caller reads the rest one by one.
     */
    static List<String> outputs(GitResult result, int asked) {
        List<String> outputs = new ArrayList<>(asked);
        StringBuilder current = null;
        for (String line : result.stdout().split("\n")) {
            if (line.startsWith(FIRST_LINE)) {
                if (current != null) {
                    outputs.add(current.toString());
                }
                current = new StringBuilder();
            }
            if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null && result.ok()) {
            outputs.add(current.toString());
        }
        return outputs.size() == asked || !result.ok() ? outputs : List.of(); // a count that does not add up: trust none
    }
}
