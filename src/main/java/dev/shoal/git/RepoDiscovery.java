package dev.shoal.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds git repositories by looking at the file system the way git itself does, without starting
 * git: thousands of folders can be scanned in the time one process takes to start.
 */
public final class RepoDiscovery {
    private RepoDiscovery() {
    }

    /** The repository {@code path} is in, walking up to its top folder, or empty when there is none. */
    public static Optional<FoundRepo> enclosing(Path path) {
        for (Path dir = path.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Optional<FoundRepo> found = at(dir);
            if (found.isPresent()) {
                return found;
            }
            if (dir.getFileName() != null && dir.getFileName().toString().equals(".git")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The repository whose top folder is exactly {@code dir}, if any. */
    public static Optional<FoundRepo> at(Path dir) {
        Path dotGit = dir.resolve(".git");
        if (Files.isDirectory(dotGit) && isGitDir(dotGit)) {
            return Optional.of(new FoundRepo(dir, RepoKind.WORK_TREE));
        }
        if (Files.isRegularFile(dotGit)) {
            return gitDirOfFile(dotGit).map(target -> new FoundRepo(dir, kindOfLinked(target)));
        }
        if (isGitDir(dir) && !dir.getFileName().toString().equals(".git")) {
            return Optional.of(new FoundRepo(dir, RepoKind.BARE));
        }
        return Optional.empty();
    }

    /**
     * Every repository at or below {@code root}. Found work trees are searched further (nested repos and
     * submodules live there) but never their git folders; bare repos only count when {@code bare} is asked.
     */
    public static List<FoundRepo> below(Path root, boolean bare, boolean skipSubmodules) {
        List<FoundRepo> found = new ArrayList<>();
        try {
            Files.walkFileTree(root.toAbsolutePath().normalize(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.getFileName() != null && dir.getFileName().toString().equals(".git")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Optional<FoundRepo> repo = at(dir);
                    if (repo.isEmpty()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (repo.get().bare()) {
                        if (bare) {
                            found.add(repo.get());
                        }
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (repo.get().kind() == RepoKind.SUBMODULE && skipSubmodules) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    found.add(repo.get());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // an unreadable folder is passed over, not fatal
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * The git folder of the repository whose top folder is {@code top}: {@code .git}, where a {@code .git}
     * file points, or the folder itself when bare. This is where HEAD is.
     */
    public static Optional<Path> gitDir(Path top) {
        Path dotGit = top.resolve(".git");
        if (Files.isDirectory(dotGit)) {
            return Optional.of(dotGit);
        }
        if (Files.isRegularFile(dotGit)) {
            return gitDirOfFile(dotGit);
        }
        return isGitDir(top) ? Optional.of(top) : Optional.empty();
    }

    /** Where a git folder keeps what its worktrees share (config, refs): the folder a {@code commondir} file names, else itself. */
    public static Path commonDir(Path gitDir) {
        try {
            String common = Files.readString(gitDir.resolve("commondir")).strip();
            return gitDir.resolve(common).normalize();
        } catch (IOException e) {
            return gitDir;
        }
    }

    /** git's own test for a git folder: HEAD, plus objects and refs (or a commondir pointing to them). */
    static boolean isGitDir(Path dir) {
        return Files.isRegularFile(dir.resolve("HEAD"))
                && (Files.isRegularFile(dir.resolve("commondir"))
                    || Files.isDirectory(dir.resolve("objects")) && Files.isDirectory(dir.resolve("refs")));
    }

    /** Where a {@code .git} file (linked worktree, submodule) points, when that is a git folder. */
    static Optional<Path> gitDirOfFile(Path dotGitFile) {
        try {
            String content = Files.readString(dotGitFile).strip();
            if (!content.startsWith("gitdir:")) {
                return Optional.empty();
            }
            Path target = dotGitFile.getParent().resolve(content.substring("gitdir:".length()).strip()).normalize();
            return isGitDir(target) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static RepoKind kindOfLinked(Path gitDir) {
        // Linked worktrees keep their git folder in <repo>/.git/worktrees/<name>; submodules in .../modules/<name>.
        for (Path p = gitDir; p != null && p.getParent() != null; p = p.getParent()) {
            String parent = p.getParent().getFileName() == null ? "" : p.getParent().getFileName().toString();
            if (parent.equals("worktrees")) {
                return RepoKind.LINKED_WORKTREE;
            }
            if (parent.equals("modules")) {
                return RepoKind.SUBMODULE;
            }
        }
        return RepoKind.WORK_TREE;
    }
}
