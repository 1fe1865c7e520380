package dev.shoal.git;

import dev.shoal.Keyed;

/** How a branch stands against its upstream, in commits. */
public enum Tracking implements Keyed {
    IN_SYNC,
    AHEAD,
    BEHIND,
    DIVERGED,
    /** No upstream configured, or no branch to have one (detached HEAD). */
    NO_UPSTREAM,
    /** An upstream is configured but its ref is gone, typically deleted on the remote and pruned. */
    GONE;

    static Tracking of(int ahead, int behind) {
        if (ahead > 0 && behind > 0) {
            return DIVERGED;
        }
        return ahead > 0 ? AHEAD : behind > 0 ? BEHIND : IN_SYNC;
    }
}
