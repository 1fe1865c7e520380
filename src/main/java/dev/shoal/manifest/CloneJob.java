package dev.shoal.manifest;

import dev.shoal.git.CloneArgs;
import dev.shoal.git.GitDir;
import dev.shoal.git.GitResult;
import dev.shoal.git.GitSteps;
import dev.shoal.git.Head;
import dev.shoal.git.HeadFile;
import dev.shoal.git.Remote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds one manifest entry in two parts: the clone from its first remote (the part that talks to a
 * remote, run like any network command), then {@link #afterClone}: add the other remotes (not fetched:
 * that would double the traffic for remotes most users only push to or fetch now and then) and check
 * out the recorded version. A clone whose later steps fail is still there and still registered; the
 * failure is the job's, in git's own words.
 */
public final class CloneJob {
    private CloneJob() {
    }

    /** The folder the clone runs in: the target's parent, made first (git clone wants its parent to exist). */
    public static Path workingFolder(ManifestEntry entry) throws IOException {
        return Files.createDirectories(entry.path().getParent());
    }

    /**
     * The clone itself, the part that talks to a remote, with {@code progress} for a view that shows it
     * as it goes; a bare clone takes its branch here, having no checkout.
     */
    public static List<String> cloneArgs(ManifestEntry entry, boolean progress) {
        Optional<String> bareBranch = entry.head().flatMap(Head::branch).filter(b -> entry.bare());
        return CloneArgs.clone(entry.cloneRemote().orElseThrow(), entry.bare(), bareBranch, entry.path(), progress);
    }

    /** What follows a successful clone: the other remotes and URLs, then the recorded version. */
    public static GitSteps.Outcome afterClone(ManifestEntry entry, GitSteps git) throws InterruptedException {
        Remote from = entry.cloneRemote().orElseThrow();
        Path target = entry.path();
        List<List<String>> remoteSteps = new ArrayList<>(CloneArgs.completeRemote(from));
        entry.extraRemotes().forEach(r -> remoteSteps.addAll(CloneArgs.addRemote(r)));
        for (List<String> step : remoteSteps) {
            GitResult result = git.git(target, step);
            if (!result.ok()) {
                return new GitSteps.Outcome(false, "cloned, but setting up remotes failed: " + result.lastError());
            }
        }
        List<String> done = new ArrayList<>(List.of("cloned from " + from.name()));
        if (!entry.extraRemotes().isEmpty()) {
            done.add("added " + String.join(", ", entry.extraRemotes().stream().map(Remote::name).toList()));
        }
        if (!entry.bare() && entry.head().isPresent() && !entry.head().equals(currentHead(target))) {
            String version = entry.head().get().version();
            GitResult checkout = git.git(target, CloneArgs.checkout(version));
            if (!checkout.ok()) {
                return new GitSteps.Outcome(false, String.join(", ", done) + ", but cannot check out " + version + ": " + checkout.lastError());
            }
            done.add("checked out " + version);
        }
        return new GitSteps.Outcome(true, String.join(", ", done));
    }

    private static Optional<Head> currentHead(Path target) {
        try {
            return GitDir.of(target).map(HeadFile::read);
        } catch (UncheckedIOException e) {
            return Optional.empty(); // cannot tell: check out anyway, git will say if something is wrong
        }
    }
}
