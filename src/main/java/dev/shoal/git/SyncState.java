package dev.shoal.git;

import java.util.List;
import java.util.Optional;

/**
 * What {@code sync} decides on, as {@code git status --porcelain=v2 --branch --untracked-files=no}
 * reports it after a fetch: the branch, its upstream and how far apart they are, and whether tracked
 * files have changes. Untracked files do not count: a fast-forward never overwrites one (git refuses
 * and changes nothing), and build output lying around should not stop an update.
 *
 * @param upstreamGone the branch names an upstream that no longer exists (deleted on the remote)
 */
public record SyncState(Optional<String> branch, Optional<String> upstream, boolean upstreamGone,
                        int ahead, int behind, boolean changes) {

    /**
     * The arguments after {@code git} that print what {@link #parse} reads. Without optional locks,
     * status leaves the index file alone instead of refreshing its stat data: looking changes nothing.
     */
    public static final List<String> STATUS_ARGS =
            List.of("--no-optional-locks", "status", "--porcelain=v2", "--branch", "--untracked-files=no");

    /** Read by the one porcelain parser, {@link StatusParser}, that {@code ll} reads with too. */
    public static SyncState parse(String porcelain) {
        PorcelainStatus status = StatusParser.parse(porcelain);
        Changes changes = status.changes();
        // git prints the upstream but no counts when the upstream branch is gone.
        return new SyncState(status.branch(), status.upstream(), status.upstream().isPresent() && status.ahead().isEmpty(),
                status.ahead().orElse(0), status.behind().orElse(0), changes.staged() + changes.unstaged() + changes.conflicts() > 0);
    }
}
