package dev.shoal.config;

import dev.shoal.Keyed;
import java.util.List;

/** The columns {@code shoal ll} can show after each repo's name; {@code shoal info} picks and orders them. */
public enum InfoColumn implements Keyed {
    BRANCH("the branch, colored by how it stands against its upstream, with counts: main ↑2"),
    CHANGES("uncommitted work: + staged, * unstaged, ? untracked, $ stash, ! conflicts; an operation in progress"),
    MESSAGE("the last commit's subject"),
    TIME("when the last commit was made: 3 hours ago"),
    PATH("the repo's folder"),
    BRANCH_NAME("the branch alone, without symbols or color"),
    UPSTREAM("the upstream branch: origin/main"),
    AUTHOR("the last commit's author");

    public static final List<InfoColumn> DEFAULTS = List.of(BRANCH, CHANGES, MESSAGE, TIME);

    private final String description;

    InfoColumn(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
