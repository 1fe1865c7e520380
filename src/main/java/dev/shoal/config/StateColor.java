package dev.shoal.config;

import dev.shoal.Keyed;
import dev.shoal.config.Color;
import java.util.List;

/** The repo states that have a color of their own in {@code shoal ll}; {@code shoal color} changes them. */
public enum StateColor implements Keyed {
    IN_SYNC(Color.GREEN, "the branch matches its upstream"),
    AHEAD(Color.PURPLE, "commits to push", "local-ahead"),
    BEHIND(Color.YELLOW, "commits to pull", "remote-ahead"),
    DIVERGED(Color.RED, "commits to push and to pull"),
    NO_UPSTREAM(Color.CYAN, "no upstream branch, or a detached HEAD", "no-remote"),
    GONE(Color.B_YELLOW, "the upstream branch was deleted"),
    MISSING(Color.RED, "the repo's folder is gone"),
    ERROR(Color.B_RED, "git cannot read the repo");

    private final Color defaultColor;
    private final String description;
    private final List<String> aliases;

    /** {@code aliases}: gita's names for the state. */
    StateColor(Color defaultColor, String description, String... aliases) {
        this.defaultColor = defaultColor;
        this.description = description;
        this.aliases = List.of(aliases);
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    public Color defaultColor() {
        return defaultColor;
    }

    public String description() {
        return description;
    }
}
