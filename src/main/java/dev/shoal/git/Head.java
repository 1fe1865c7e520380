package dev.shoal.git;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a repo has checked out: a branch (possibly without commits yet), or a detached commit.
 * Exactly one of the two is present.
 */
public record Head(Optional<String> branch, Optional<String> commit) {
    /** A full SHA-1 or SHA-256 object id, as HEAD holds when detached. */
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    public Head {
        if (branch.isPresent() == commit.isPresent()) {
            throw new IllegalArgumentException("a HEAD is either on a branch or detached at a commit");
        }
    }

    public static Head onBranch(String branch) {
        return new Head(Optional.of(branch), Optional.empty());
    }

    public static Head detachedAt(String commit) {
        return new Head(Optional.empty(), Optional.of(commit));
    }

    public static boolean isObjectId(String text) {
        return OBJECT_ID.matcher(text).matches();
    }

    /** The branch name, or the commit when detached: what {@code git checkout} takes to get here again. */
    public String version() {
        return branch.orElseGet(commit::orElseThrow);
    }
}
