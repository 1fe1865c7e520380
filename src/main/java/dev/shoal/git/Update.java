package dev.shoal.git;

import java.util.Optional;

/**
 * Whether a command changed its repo, as git itself said: a fetch that moved or made refs, a pull or
 * fast-forward that moved the branch, is {@link #UPDATED}; one that said nothing changed is
 * {@link #UP_TO_DATE}; any other command, or one whose words were hidden ({@code -q}), is {@link #UNKNOWN}.
 */
public enum Update {
    UPDATED("updated"), UP_TO_DATE("up to date"), UNKNOWN("");

    private final String label;

    Update(String label) {
        this.label = label;
    }

    /** What git said, in the words of headers and summaries; empty when it did not say. */
    public Optional<String> label() {
        return Optional.of(label).filter(word -> !word.isEmpty());
    }

    /**
     * Two parts of one job (a fetch, then the fast-forward): updated when either changed something, up
     * to date only when both said nothing changed.
     */
    public Update and(Update other) {
        if (this == UPDATED || other == UPDATED) {
            return UPDATED;
        }
        return this == UP_TO_DATE && other == UP_TO_DATE ? UP_TO_DATE : UNKNOWN;
    }
}
