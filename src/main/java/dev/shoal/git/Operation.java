package dev.shoal.git;

import dev.shoal.Keyed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A multi-step git operation left in progress in a work tree, found by the files git keeps meanwhile. */
public enum Operation implements Keyed {
    REBASE("rebasing"),
    AM("applying patches"),
    MERGE("merging"),
    CHERRY_PICK("cherry-picking"),
    REVERT("reverting"),
    BISECT("bisecting");

    private final String progressive;

    Operation(String progressive) {
        this.progressive = progressive;
    }

    /** How a status line says it: "rebasing". */
    public String progressive() {
        return progressive;
    }

    /**
     * The operation in progress in the work tree whose own git folder is {@code gitDir}, checked in the
     * order git's prompt checks: a rebase stopped on a conflict also leaves a cherry-pick's files behind.
     */
    public static Optional<Operation> inProgress(Path gitDir) {
        if (Files.isDirectory(gitDir.resolve("rebase-merge"))) {
            return Optional.of(REBASE);
        }
        if (Files.isDirectory(gitDir.resolve("rebase-apply"))) {
            return Optional.of(Files.exists(gitDir.resolve("rebase-apply").resolve("applying")) ? AM : REBASE);
        }
        if (Files.exists(gitDir.resolve("MERGE_HEAD"))) {
            return Optional.of(MERGE);
        }
        if (Files.exists(gitDir.resolve("CHERRY_PICK_HEAD"))) {
            return Optional.of(CHERRY_PICK);
        }
        if (Files.exists(gitDir.resolve("REVERT_HEAD"))) {
            return Optional.of(REVERT);
        }
        if (Files.exists(gitDir.resolve("BISECT_LOG"))) {
            return Optional.of(BISECT);
        }
        return Optional.empty();
    }
}
