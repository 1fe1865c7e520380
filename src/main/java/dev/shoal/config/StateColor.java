package dev.shoal.config;

import dev.shoal.Keyed;
import dev.shoal.config.Color;

/** The repo states that have a color of their own in {@code shoal ll}; {@code shoal color} changes them. */
public enum StateColor implements Keyed {
    IN_SYNC(Color.GREEN, "the branch matches its upstream"),
    AHEAD(Color.PURPLE, "commits to push"),
    BEHIND(Color.YELLOW, "commits to pull"),
    DIVERGED(Color.RED, "commits to push and to pull"),
    NO_UPSTREAM(Color.CYAN, "no upstream branch, or a detached HEAD"),
    GONE(Color.B_YELLOW, "the upstream branch was deleted"),
    MISSING(Color.RED, "the repo's folder is gone"),
    ERROR(Color.B_RED, "git cannot read the repo");

    private final Color defaultColor;
    private final String description;

    StateColor(Color defaultColor, String description) {
        this.defaultColor = defaultColor;
        this.description = description;
    }

    public Color defaultColor() {
        return defaultColor;
    }

    public String description() {
        return description;
    }
}
