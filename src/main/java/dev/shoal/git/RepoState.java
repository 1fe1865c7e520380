package dev.shoal.git;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a status line tells about one repo. A repo that could not be read has
 * {@link Health#MISSING} or {@link Health#BROKEN}, a {@code problem} saying why, and nothing else.
 *
 * @param branch     the checked-out branch; empty when HEAD is detached
 * @param detachedAt when detached: a tag pointing at HEAD, else HEAD's abbreviated id
 * @param unborn     on a branch that has no commit yet
 * @param upstream   the upstream's short name ({@code origin/main}) when one is configured
 * @param ahead      commits on HEAD not on the upstream (0 unless the upstream exists)
 * @param behind     commits on the upstream not on HEAD (0 unless the upstream exists)
 * @param changes    what is uncommitted; always none in a bare repo
 */
public record RepoState(Path path, Health health, Optional<String> problem, boolean bare,
                        Optional<String> branch, Optional<String> detachedAt, boolean unborn,
                        Optional<String> upstream, Tracking tracking, int ahead, int behind,
                        Changes changes, Optional<Operation> operation, Optional<LastCommit> lastCommit) {

    public enum Health {
        OK,
        /** The registered folder is gone. */
        MISSING,
        /** The folder is there but git could not read it as a repo. */
        BROKEN
    }

    public static RepoState missing(Path path) {
        return unreadable(path, Health.MISSING, path + " no longer exists");
    }

    public static RepoState broken(Path path, String problem) {
        return unreadable(path, Health.BROKEN, problem);
    }

    private static RepoState unreadable(Path path, Health health, String problem) {
        return new RepoState(path, health, Optional.of(problem), false, Optional.empty(), Optional.empty(), false,
                Optional.empty(), Tracking.NO_UPSTREAM, 0, 0, Changes.NONE, Optional.empty(), Optional.empty());
    }

    public boolean readable() {
        return health == Health.OK;
    }

    public boolean detached() {
        return readable() && branch.isEmpty();
    }
}
