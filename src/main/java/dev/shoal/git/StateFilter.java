package dev.shoal.git;

import dev.shoal.Keyed;

/** The states {@code --only} selects repos by. A repo that could not be read matches only {@link #MISSING}, if missing. */
public enum StateFilter implements Keyed {
    DIRTY,
    STAGED,
    UNTRACKED,
    STASHED,
    AHEAD,
    BEHIND,
    DIVERGED,
    /** None set, gone from the remote, or a detached HEAD: nothing to compare with. */
    NO_UPSTREAM,
    /** Nothing to commit: no staged, unstaged, untracked or conflicted files. */
    CLEAN,
    MISSING;

    public boolean test(RepoState state) {
        if (!state.readable()) {
            return this == MISSING && state.health() == RepoState.Health.MISSING;
        }
        Changes changes = state.changes();
        return switch (this) {
            case DIRTY -> changes.unstaged() > 0 || changes.conflicts() > 0;
            case STAGED -> changes.staged() > 0;
            case UNTRACKED -> changes.untracked() > 0;
            case STASHED -> changes.stashes() > 0;
            case AHEAD -> state.tracking() == Tracking.AHEAD;
            case BEHIND -> state.tracking() == Tracking.BEHIND;
            case DIVERGED -> state.tracking() == Tracking.DIVERGED;
            case NO_UPSTREAM -> state.tracking() == Tracking.NO_UPSTREAM || state.tracking() == Tracking.GONE;
            case CLEAN -> changes.clean();
            case MISSING -> false;
        };
    }
}
