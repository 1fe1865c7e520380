package dev.shoal.config;

import dev.shoal.Keyed;
import java.util.List;

/** The columns {@code shoal ll} can show after each repo's name; {@code shoal info} picks and orders them. */
public enum InfoColumn implements Keyed {
    BRANCH("the branch, colored by how it stands against its upstream, with counts: main ↑2"),
    CHANGES("uncommitted work: + staged, * unstaged, ? untracked, $ stash, ! conflicts; an operation in progress"),
    MESSAGE("the last commit's subject", "commit_msg"),
    TIME("when the last commit was made: 3 hours ago", "commit_time"),
    PATH("the repo's folder"),
    BRANCH_NAME("the branch alone, without symbols or color"),
    UPSTREAM("the upstream branch: origin/main"),
    AUTHOR("the last commit's author");

    public static final List<InfoColumn> DEFAULTS = List.of(BRANCH, CHANGES, MESSAGE, TIME);

    private final String description;
    private final List<String> aliases;

    /** {@code aliases}: gita's names for the column. */
    InfoColumn(String description, String... aliases) {
        this.description = description;
        this.aliases = List.of(aliases);
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    public String description() {
        return description;
    }
}
