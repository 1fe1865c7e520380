package dev.shoal.manifest;

import dev.shoal.git.CloneArgs;
import dev.shoal.git.GitDir;
import dev.shoal.git.GitResult;
import dev.shoal.git.GitSteps;
import dev.shoal.git.Head;
import dev.shoal.git.HeadFile;
import dev.shoal.git.RefFiles;
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
        Optional<String> bareBranch = entry.version().filter(v -> entry.bare())
                .filter(v -> v.kind() == Version.Kind.BRANCH || v.kind() == Version.Kind.TAG).map(Version::name);
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
        Optional<Head> now = currentHead(target);
        Optional<Version> wanted = entry.version().filter(v -> !entry.bare() && now.filter(v::isCheckedOut).isEmpty());
        if (wanted.isPresent()) {
            Version version = wanted.get();
            Optional<String> missing = missingBranch(version, from, target, now);
            if (missing.isPresent()) {
                return new GitSteps.Outcome(false, String.join(", ", done) + ", but " + missing.get());
            }
            GitResult checkout = git.git(target, checkoutArgs(version, from));
            if (!checkout.ok()) {
                return new GitSteps.Outcome(false, String.join(", ", done) + ", but cannot check out " + version.describe() + ": "
                        + checkout.lastError());
            }
            done.add("checked out " + version.describe());
        }
        return new GitSteps.Outcome(true, String.join(", ", done));
    }

    private static List<String> checkoutArgs(Version version, Remote from) {
        return switch (version.kind()) {
            case BRANCH -> CloneArgs.checkoutBranch(from.name(), version.name());
            case TAG -> CloneArgs.checkoutDetached("refs/tags/" + version.name());
            case COMMIT -> CloneArgs.checkoutDetached(version.name());
            case ANY -> CloneArgs.checkout(version.name());
        };
    }

    /**
     * Why a branch cannot be checked out, when the clone has no such branch of its remote: in words that
     * say where the clone was left, rather than git's "invalid reference".
     */
    private static Optional<String> missingBranch(Version version, Remote from, Path target, Optional<Head> now) {
        if (version.kind() != Version.Kind.BRANCH) {
            return Optional.empty();
        }
        Optional<Boolean> there = GitDir.of(target)
                .flatMap(dir -> RefFiles.exists(dir.commonDir(), "refs/remotes/" + from.name() + "/" + version.name()));
        if (there.orElse(true)) {
            return Optional.empty(); // there, or not to be told from the files: git will say
        }
        String left = now.map(h -> h.branch().orElseGet(() -> h.version().substring(0, 12)))
                .map(where -> "; left on " + where).orElse("");
        return Optional.of("branch " + version.name() + (version.unpushed() ? " was never pushed" : " is not on " + from.name()) + left);
    }

    private static Optional<Head> currentHead(Path target) {
        try {
            return GitDir.of(target).map(HeadFile::read);
        } catch (UncheckedIOException e) {
            return Optional.empty(); // cannot tell: check out anyway, git will say if something is wrong
        }
    }
}
