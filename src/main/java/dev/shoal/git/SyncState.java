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

    public static SyncState parse(String porcelain) {
        Optional<String> branch = Optional.empty();
        Optional<String> upstream = Optional.empty();
        boolean counted = false;
        int ahead = 0;
        int behind = 0;
        boolean changes = false;
        for (String line : porcelain.split("\n")) {
            if (line.startsWith("# branch.head ")) {
                String head = line.substring("# branch.head ".length());
                branch = head.equals("(detached)") ? Optional.empty() : Optional.of(head);
            } else if (line.startsWith("# branch.upstream ")) {
                upstream = Optional.of(line.substring("# branch.upstream ".length()));
            } else if (line.startsWith("# branch.ab ")) {
                String[] counts = line.substring("# branch.ab ".length()).split(" ");
                ahead = Integer.parseInt(counts[0].substring(1));
                behind = Integer.parseInt(counts[1].substring(1));
                counted = true;
            } else if (line.startsWith("1 ") || line.startsWith("2 ") || line.startsWith("u ")) {
                changes = true;
            }
        }
        // git prints the upstream but no counts when the upstream branch is gone.
        return new SyncState(branch, upstream, upstream.isPresent() && !counted, ahead, behind, changes);
    }
}
