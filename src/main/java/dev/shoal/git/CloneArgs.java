package dev.shoal.git;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The git commands that rebuild a repo from its remotes: clone from one, add the others with all their
 * URLs, check out a version. A {@code --} goes before every URL and name taken from a manifest, so a
 * hostile one such as {@code --upload-pack=...} can never be read as an option.
 */
public final class CloneArgs {
    private static final String ORIGIN = "origin";
    private CloneArgs() {
    }

    /**
     * {@code clone}, with {@code progress} shown even through a pipe; a bare clone takes its branch here,
     * having no checkout. The remote's name is given only when it is not git's default, {@code origin}.
     */
    public static List<String> clone(Remote from, boolean bare, Optional<String> bareBranch, Path target, boolean progress) {
        List<String> args = new ArrayList<>(List.of("clone"));
        if (progress) {
            args.add("--progress");
        }
        if (!from.name().equals(ORIGIN)) {
            args.addAll(List.of("--origin", from.name()));
        }
        if (bare) {
            args.add("--bare");
            bareBranch.ifPresent(b -> args.addAll(List.of("--branch", b)));
        }
        args.addAll(List.of("--", from.url(), target.toString()));
        return args;
    }

    /** What {@code clone} left out of a remote it cloned from: its other URLs and its push URLs. */
    public static List<List<String>> completeRemote(Remote remote) {
        List<List<String>> steps = new ArrayList<>();
        remote.urls().stream().skip(1).forEach(url -> steps.add(List.of("remote", "set-url", "--add", "--", remote.name(), url)));
        remote.pushUrls().forEach(url -> steps.add(List.of("remote", "set-url", "--add", "--push", "--", remote.name(), url)));
        return steps;
    }

    /** Adds a remote without fetching it, with all its URLs. */
    public static List<List<String>> addRemote(Remote remote) {
        List<List<String>> steps = new ArrayList<>();
        steps.add(List.of("remote", "add", "--", remote.name(), remote.url()));
        steps.addAll(completeRemote(remote));
        return steps;
    }

    /**
     * A name as {@code git checkout} resolves it, vcstool's way of taking a plain version: a tag or a
     * commit (detached there), else a branch (made to track the remote's branch of that name).
     */
    public static List<String> checkout(String version) {
        return List.of("checkout", "--quiet", version, "--");
    }

    /** The remote's branch as a local branch tracking it, what {@code git clone -b} would have made. */
    public static List<String> checkoutBranch(String remote, String branch) {
        return List.of("checkout", "--quiet", "-b", branch, "--track", remote + "/" + branch);
    }

    /** A commit, or the commit a tag ({@code refs/tags/v1}) points at, with HEAD detached there. */
    public static List<String> checkoutDetached(String commit) {
        return List.of("checkout", "--quiet", "--detach", commit, "--");
    }
}
