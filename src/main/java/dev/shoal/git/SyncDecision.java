package dev.shoal.git;

/**
 * What {@code sync} does with one repo, decided from its {@link SyncState}: fast-forward when that is
 * safe (on a branch, upstream set, only behind, no changes to tracked files), else say why not. It
 * never merges, rebases or stashes, so a repo it does not fast-forward is left exactly as it was.
 */
public record SyncDecision(Kind kind, SyncState state) {

    public enum Kind {
        FAST_FORWARD, UP_TO_DATE, AHEAD, DIRTY, DIVERGED, NO_UPSTREAM, UPSTREAM_GONE, DETACHED
    }

    public static SyncDecision decide(SyncState state) {
        return new SyncDecision(kindFor(state), state);
    }

    private static Kind kindFor(SyncState state) {
        if (state.branch().isEmpty()) {
            return Kind.DETACHED;
        }
        if (state.upstream().isEmpty()) {
            return Kind.NO_UPSTREAM;
        }
        if (state.upstreamGone()) {
            return Kind.UPSTREAM_GONE;
        }
        if (state.behind() == 0) {
            return state.ahead() == 0 ? Kind.UP_TO_DATE : Kind.AHEAD;
        }
        if (state.ahead() > 0) {
            return Kind.DIVERGED;
        }
        return state.changes() ? Kind.DIRTY : Kind.FAST_FORWARD;
    }

    /** Whether the repo is left alone for a reason the user may want to act on (its status says skipped). */
    public boolean skips() {
        return switch (kind) {
            case DIRTY, DIVERGED, NO_UPSTREAM, UPSTREAM_GONE, DETACHED -> true;
            case FAST_FORWARD, UP_TO_DATE, AHEAD -> false;
        };
    }

    public boolean fastForward() {
        return kind == Kind.FAST_FORWARD;
    }

    /** The outcome in words, as sync reports it (for a fast-forward: once it has succeeded). */
    public String describe() {
        String upstream = state.upstream().orElse("");
        return switch (kind) {
            case FAST_FORWARD -> "updated " + commits(state.behind()) + " from " + upstream;
            case UP_TO_DATE -> "already up to date";
            case AHEAD -> "nothing to do: " + commits(state.ahead()) + " ahead of " + upstream;
            case DIRTY -> "dirty: uncommitted changes, " + commits(state.behind()) + " behind " + upstream;
            case DIVERGED -> "diverged: " + state.ahead() + " ahead of " + upstream + ", " + state.behind() + " behind";
            case NO_UPSTREAM -> "no upstream: " + state.branch().orElseThrow() + " tracks no branch";
            case UPSTREAM_GONE -> "no upstream: " + upstream + " is gone";
            case DETACHED -> "detached HEAD: not on a branch";
        };
    }

    private static String commits(int n) {
        return n + (n == 1 ? " commit" : " commits");
    }
}
