package dev.shoal.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --progress} for the live view: only where git transfers, and never against the user's choice. */
class GitArgsProgressTest {
    @Test
    void goesRightAfterATransferringSubcommandPastGitsOwnOptions() {
        assertEquals(List.of("git", "-c", "color.ui=always", "fetch", "--progress", "--all"),
                GitArgs.withProgress(List.of("git", "-c", "color.ui=always", "fetch", "--all")));
        assertEquals(List.of("git", "push", "--progress"), GitArgs.withProgress(List.of("git", "push")));
    }

    @Test
    void leavesOtherCommandsAndTheUsersOwnChoiceAlone() {
        for (List<String> argv : List.of(List.of("git", "status"), List.of("git", "fetch", "-q"),
                List.of("git", "pull", "--no-progress"), List.of("git", "fetch", "--progress"), List.of("sh", "-c", "fetch"))) {
            assertEquals(argv, GitArgs.withProgress(argv));
        }
    }
}
