package dev.shoal.git;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Whether a registered folder still holds a repo, decided from its files: the one check that both
 * {@code ll} and every run make before git goes near the folder. Without it, git started in a folder
 * whose {@code .git} vanished climbs to the enclosing repo and acts there ({@code clean -fdx} once
 * deleted a parent's files that way).
 *
 * @param dir     the repo's git folder, when there is one
 * @param missing the folder itself is gone
 * @param problem what is wrong, in words, when {@code dir} is empty
 */
public record RepoCheck(Optional<GitDir> dir, boolean missing, String problem) {

    public static RepoCheck of(Path top, List<String> flags) {
        if (!Files.isDirectory(top)) {
            return new RepoCheck(Optional.empty(), true, top + " no longer exists");
        }
        try {
            Optional<GitDir> dir = GitDir.of(top, flags);
            return dir.isPresent() ? new RepoCheck(dir, false, "")
                    : new RepoCheck(dir, false, "not a git repository: no git folder in " + top);
        } catch (UncheckedIOException e) {
            return new RepoCheck(Optional.empty(), false, "cannot read: " + e.getMessage());
        }
    }

    public boolean ok() {
        return dir.isPresent();
    }
}
