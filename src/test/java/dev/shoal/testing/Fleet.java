package dev.shoal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real repos in every state {@code shoal ll} tells apart, all cloned from one bare remote with four
 * commits: {@code light} tags the first (a lightweight tag), {@code v1.0} the second (annotated), main is
 * on the fourth. Built by running git exactly as a user would.
 */
public final class Fleet {
    /** One repo of the fleet: where it is and whether it is bare. */
    public record Member(String name, Path path, boolean bare) {
    }

    private final Workspace workspace;
    private final Git git;
    private final Path origin;
    private final Map<String, Member> members = new LinkedHashMap<>();

    private Fleet(Workspace workspace) {
        this.workspace = workspace;
        this.git = workspace.git();
        this.origin = git.bare(workspace.path("remotes/origin.git"));
    }

    public Map<String, Member> members() {
        return members;
    }

    public Member member(String name) {
        return members.get(name);
    }

    public Path origin() {
        return origin;
    }

    /** Every state at once. */
    public static Fleet everything(Workspace workspace) {
        Fleet fleet = new Fleet(workspace);
        fleet.seedOrigin();
        fleet.upstreamStates();
        fleet.workTreeStates();
        fleet.operations();
        fleet.heads();
        fleet.layouts();
        fleet.unreadable();
        return fleet;
    }

    /** A small fleet for command-line tests: clean, ahead, behind, dirty, untracked, no-upstream. */
    public static Fleet small(Workspace workspace) {
        Fleet fleet = new Fleet(workspace);
        fleet.seedOrigin();
        fleet.clone("clean");
        fleet.cloneAnd("ahead", "commit", "-q", "--allow-empty", "-m", "local only");
        fleet.cloneAnd("behind", "reset", "-q", "--hard", "HEAD~1");
        // Another size than the committed file: git may not tell a same-size change made in the same second.
        Git.write(fleet.clone("dirty").resolve("a.txt"), "changed in the work tree\n");
        Git.write(fleet.clone("untracked").resolve("new.txt"), "new\n");
        fleet.cloneAnd("no-upstream", "checkout", "-q", "-b", "feature");
        return fleet;
    }

    private void seedOrigin() {
        Path seed = workspace.path("seed");
        git.clone(origin, seed);
        git.commit(seed, "a.txt", "one\n", "first commit");
        git.commit(seed, "dir1/x.txt", "x\n", "second commit");
        git.commit(seed, "dir2/y.txt", "y\n", "third commit\n\nwith a body");
        git.commit(seed, "a.txt", "one\ntwo\n", "fourth commit: ünïcode subject");
        git.run(seed, "tag", "light", "HEAD~3");
        git.run(seed, "tag", "-a", "v1.0", "-m", "release 1.0", "HEAD~2");
        git.run(seed, "push", "-q", "origin", "main", "--tags");
    }

    private void upstreamStates() {
        clone("clean");
        cloneAnd("ahead-empty", "commit", "-q", "--allow-empty", "-m", "changes no file");
        cloneAnd("behind", "reset", "-q", "--hard", "HEAD~1");
        Path diverged = clone("diverged");
        git.run(diverged, "reset", "-q", "--hard", "HEAD~2");
        git.commit(diverged, "local.txt", "mine\n", "local work");
        cloneAnd("no-upstream", "checkout", "-q", "-b", "feature");
        Path gone = clone("gone");
        git.run(gone, "push", "-q", "origin", "main:topic");
        git.run(gone, "checkout", "-q", "-b", "topic", "--track", "origin/topic");
        git.run(gone, "push", "-q", "origin", "--delete", "topic");
    }

    /** A clone named {@code name} in which git has run {@code args}. */
    private Path cloneAnd(String name, String... args) {
        Path repo = clone(name);
        git.run(repo, args);
        return repo;
    }

    private void workTreeStates() {
        Path staged = clone("staged");
        Git.write(staged.resolve("a.txt"), "staged\n");
        git.run(staged, "add", "a.txt");
        Git.write(clone("unstaged").resolve("dir1/x.txt"), "unstaged\n");
        Path untracked = clone("untracked");
        Git.write(untracked.resolve("new.txt"), "new\n");
        Git.write(untracked.resolve("newdir/one.txt"), "1\n");
        Git.write(untracked.resolve("newdir/two.txt"), "2\n");
        Path stash = clone("stash");
        for (String change : new String[] {"first\n", "second\n"}) {
            Git.write(stash.resolve("a.txt"), change);
            git.run(stash, "stash", "-q");
        }
        Path everything = clone("everything");
        Git.write(everything.resolve("a.txt"), "staged\n");
        git.run(everything, "add", "a.txt");
        Git.write(everything.resolve("a.txt"), "then changed again\n");
        Git.write(everything.resolve("dir2/y.txt"), "changed\n");
        Git.write(everything.resolve("z.txt"), "untracked\n");
        Git.write(everything.resolve("dir1/x.txt"), "to stash\n");
        git.run(everything, "stash", "push", "-q", "dir1/x.txt");
    }

    private void operations() {
        Path merge = conflicted("merge");
        git.tryRun(merge, "merge", "-q", "other");
        Path rebase = conflicted("rebase");
        git.tryRun(rebase, "rebase", "-q", "other");
        Path pick = conflicted("cherry-pick");
        git.tryRun(pick, "cherry-pick", "other");
        Path bisect = clone("bisect");
        git.run(bisect, "bisect", "start");
        git.run(bisect, "bisect", "bad");
        git.run(bisect, "bisect", "good", "HEAD~3");
    }

    /** A clone whose main and whose branch "other" change a.txt each their own way. */
    private Path conflicted(String name) {
        Path repo = clone(name);
        git.run(repo, "checkout", "-q", "-b", "other", "HEAD~1");
        git.commit(repo, "a.txt", "theirs\n", "their change");
        git.run(repo, "checkout", "-q", "main");
        git.commit(repo, "a.txt", "ours\n", "our change");
        return repo;
    }

    private void heads() {
        cloneAnd("detached-tag", "checkout", "-q", "v1.0");
        cloneAnd("detached-light", "checkout", "-q", "light");
        cloneAnd("detached-sha", "checkout", "-q", "HEAD~1");
        git.init(register("unborn", workspace.path("repos/unborn"), false));
    }

    private void layouts() {
        Path main = clone("worktree-main");
        Path linked = register("linked", workspace.path("repos/linked"), false);
        git.run(main, "worktree", "add", "-q", "-b", "linked-branch", linked.toString());
        Git.write(linked.resolve("a.txt"), "changed in the linked worktree\n");
        git.run(linked, "add", "a.txt");

        Path separate = register("separate", workspace.path("repos/separate"), false);
        createDirectories(workspace.path("gitdirs"));
        git.run(workspace.root(), "init", "-q", "--separate-git-dir", workspace.path("gitdirs/separate.git").toString(),
                separate.toString());
        git.commit(separate, "s.txt", "s\n", "separate git dir");

        Path superproject = git.repo(workspace.path("repos/super"));
        git.run(superproject, "submodule", "add", "-q", origin.toString(), "sub");
        git.run(superproject, "commit", "-q", "-m", "add a submodule");
        register("super", superproject, false);
        Path sub = register("sub", superproject.resolve("sub"), false);
        Git.write(sub.resolve("dir1/x.txt"), "changed in the submodule\n");

        Path sparse = clone("sparse");
        git.run(sparse, "sparse-checkout", "set", "--cone", "--sparse-index", "dir1");
        Git.write(sparse.resolve("dir1/x.txt"), "changed in the sparse checkout\n");

        cloneAnd("packed", "gc", "-q");
        git.run(workspace.root(), "clone", "-q", "--shared", origin.toString(),
                register("shared", workspace.path("repos/shared"), false).toString());
        Path sha256 = register("sha256", workspace.path("repos/sha256"), false);
        git.run(workspace.root(), "init", "-q", "--object-format=sha256", sha256.toString());
        git.commit(sha256, "h.txt", "h\n", "a sha-256 commit");

        Path bare = register("bare", workspace.path("repos/bare.git"), true);
        git.run(workspace.root(), "clone", "-q", "--bare", origin.toString(), bare.toString());
        Path bareTracking = register("bare-tracking", workspace.path("repos/bare-tracking.git"), true);
        git.run(workspace.root(), "clone", "-q", "--mirror", origin.toString(), bareTracking.toString());
        git.run(bareTracking, "update-ref", "refs/remotes/origin/main", "main");
        git.run(bareTracking, "update-ref", "refs/heads/main", "main~1");
        git.run(bareTracking, "config", "branch.main.remote", "origin");
        git.run(bareTracking, "config", "branch.main.merge", "refs/heads/main");
        git.run(bareTracking, "config", "remote.origin.fetch", "+refs/heads/*:refs/remotes/origin/*");
    }

    private void unreadable() {
        vanish(clone("vanished"));
        Path notARepo = register("not-a-repo", workspace.path("repos/not-a-repo"), false);
        Git.write(notARepo.resolve("file.txt"), "just a folder\n");
        Git.write(clone("corrupt").resolve(".git/HEAD"), "this is not a ref\n");
    }

    /** A clone of the origin named {@code name}, registered as a member. */
    public Path clone(String name) {
        Path path = register(name, workspace.path("repos/" + name), false);
        createDirectories(path.getParent());
        git.clone(origin, path);
        return path;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path register(String name, Path path, boolean bare) {
        members.put(name, new Member(name, path, bare));
        return path;
    }

    /** Deletes a repo's folder, as a user who moved or removed it without telling shoal. */
    public static void vanish(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
