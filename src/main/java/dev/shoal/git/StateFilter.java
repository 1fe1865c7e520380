package dev.shoal.git;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The states {@code --only} selects repos by. A repo that could not be read matches only {@link #MISSING}, if missing. */
public enum StateFilter {
    DIRTY("dirty", "unstaged changes or conflicts (*, !)"),
    STAGED("staged", "staged changes (+)"),
    UNTRACKED("untracked", "untracked files (?)"),
    STASHED("stashed", "stash entries ($)"),
    AHEAD("ahead", "commits to push, none to pull"),
    BEHIND("behind", "commits to pull, none to push"),
    DIVERGED("diverged", "commits to push and to pull"),
    NO_UPSTREAM("no-upstream", "no upstream to compare with: none set, deleted, or a detached HEAD"),
    CLEAN("clean", "nothing to commit: no staged, unstaged, untracked or conflicted files"),
    MISSING("missing", "the folder is gone");

    private final String key;
    private final String description;

    StateFilter(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public static Optional<StateFilter> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(StateFilter::key).toList();
    }

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
