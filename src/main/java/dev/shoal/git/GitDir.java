package dev.shoal.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A repo's git folder, found from its files without starting git.
 *
 * @param gitDir    the folder holding HEAD and what is in progress ({@code .git}, a linked worktree's own
 *                  folder, or the bare repo)
 * @param commonDir the folder holding config, refs and objects (the same, except for linked worktrees)
 */
public record GitDir(Path gitDir, Path commonDir) {

    /** The git folder of the repo whose top folder is {@code top} (the repo itself when bare). */
    public static Optional<GitDir> of(Path top) {
        Path dotGit = top.resolve(".git");
        Optional<Path> gitDir;
        if (Files.isDirectory(dotGit)) {
            gitDir = Optional.of(dotGit).filter(RepoDiscovery::isGitDir);
        } else if (Files.isRegularFile(dotGit)) {
            gitDir = RepoDiscovery.gitDirOfFile(dotGit);
        } else {
            gitDir = Optional.of(top).filter(RepoDiscovery::isGitDir);
        }
        return gitDir.map(dir -> new GitDir(dir, commonDirOf(dir)));
    }

    /**
     * The git folder git itself would use for a repo registered with these {@code flags}: the one a
     * {@code --git-dir} flag names (relative to {@code top}, as git runs there), else {@link #of}.
     */
    public static Optional<GitDir> of(Path top, List<String> flags) {
        for (int i = 0; i < flags.size(); i++) {
            String flag = flags.get(i);
            String named = flag.startsWith("--git-dir=") ? flag.substring("--git-dir=".length())
                    : flag.equals("--git-dir") && i + 1 < flags.size() ? flags.get(i + 1) : null;
            if (named != null) {
                Path dir = top.resolve(named).normalize();
                return Optional.of(dir).filter(RepoDiscovery::isGitDir).map(d -> new GitDir(d, commonDirOf(d)));
            }
        }
        return of(top);
    }

    /** True for a repo without a work tree: its git folder is the registered folder itself. */
    public boolean bareAt(Path top) {
        return gitDir.equals(top.toAbsolutePath().normalize());
    }

    private static Path commonDirOf(Path gitDir) {
        try {
            return gitDir.resolve(Files.readString(gitDir.resolve("commondir")).strip()).normalize();
        } catch (NoSuchFileException e) {
            return gitDir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gitDir.resolve("commondir") + ": " + e.getMessage(), e);
        }
    }
}
