package dev.shoal.git;

/** How a branch stands against its upstream, in commits. */
public enum Tracking {
    IN_SYNC("in-sync"),
    AHEAD("ahead"),
    BEHIND("behind"),
    DIVERGED("diverged"),
    /** No upstream configured, or no branch to have one (detached HEAD). */
    NO_UPSTREAM("no-upstream"),
    /** An upstream is configured but its ref is gone, typically deleted on the remote and pruned. */
    GONE("gone");

    private final String key;

    Tracking(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static Tracking of(int ahead, int behind) {
        if (ahead > 0 && behind > 0) {
            return DIVERGED;
        }
        return ahead > 0 ? AHEAD : behind > 0 ? BEHIND : IN_SYNC;
    }
}
