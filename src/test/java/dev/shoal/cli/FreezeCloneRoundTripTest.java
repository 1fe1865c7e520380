package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.git.GitDir;
import dev.shoal.git.HeadFile;
import dev.shoal.git.Remote;
import dev.shoal.git.RemotesConfig;
import dev.shoal.registry.Group;
import dev.shoal.registry.Registry;
import dev.shoal.registry.RegistryStore;
import dev.shoal.registry.Repo;
import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A workspace of real repos moved to a "new machine" (a second config home and an empty folder):
 * several repos sharing one remote, a local-only one, a bare one, one on a non-default branch, extra
 * remotes and push URLs, per-repo flags, groups with and without paths.
 */
@ExtendWith(WorkspaceExtension.class)
class FreezeCloneRoundTripTest {
    Workspace ws;
    Git git;
    Path src;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        git = ws.git();
        src = ws.path("src");
        Path seed = ws.repo("seed");
        Path remotes = ws.remotesFrom(seed, "shared", "upstream", "tools");
        Path shared = remotes.resolve("shared.git");
        Path upstream = remotes.resolve("upstream.git");
        Path tools = remotes.resolve("tools.git");
        git.run(seed, "checkout", "-q", "-b", "feat");
        git.commit(seed, "feat.txt", "feature\n", "a feature");
        git.run(seed, "push", "-q", shared.toString(), "feat");

        Path api = src.resolve("work/api");
        cloneTo(shared, api);
        git.run(api, "remote", "add", "upstream", upstream.toString());
        git.run(api, "remote", "set-url", "--add", "--push", "origin", "git@example.com:me/api.git");
        cloneTo(shared, src.resolve("play/api"));
        Path lib = src.resolve("work/lib");
        cloneTo(shared, lib);
        git.run(lib, "checkout", "-q", "feat");
        ws.repo("src/notes");
        git.run(ws.root(), "clone", "-q", "--bare", tools.toString(), src.resolve("tools.git").toString());

        assertEquals(0, ws.shoal("add", "-r", src.toString()).exitCode());
        assertEquals(0, ws.shoal("add", "-b", src.resolve("tools.git").toString()).exitCode());
        new RegistryStore(ws.reposFile()).update(registry -> {
            registry.replaceRepo(registry.requireRepo("lib").withFlags(List.of("-c", "core.quotepath=off")));
            return null;
        });
        assertEquals(0, ws.shoal("group", "add", "work/api", "lib", "-n", "work", "-p", src.resolve("work").toString()).exitCode());
        assertEquals(0, ws.shoal("group", "add", "notes", "tools", "-n", "misc").exitCode());
    }

    @Test
    void aFrozenWorkspaceClonesIntoTheSameRegistryRemotesAndBranches() throws Exception {
        Path manifest = ws.path("workspace.yml");
        ProcessResult freeze = ws.shoal("freeze", "-o", manifest.toString());
        assertEquals(0, freeze.exitCode(), freeze.stderr());
        assertEquals("froze 5 repos to " + manifest + "\n", freeze.stdout());

        Workspace machine = new Workspace(ws.path("machine2"));
        Path target = machine.path("code");
        // The manifest is our own, so its flags are trusted.
        ProcessResult clone = machine.shoal("clone", "--trust-flags", "-f", manifest.toString(), "-C", target.toString());
        assertEquals(0, clone.exitCode(), clone.stdout() + clone.stderr());
        assertTrue(clone.stdout().contains("notes: not cloned, local-only"), clone.stdout());

        Registry before = new RegistryStore(ws.reposFile()).load();
        Registry after = new RegistryStore(machine.reposFile()).load();
        assertEquals(List.of("api", "lib", "tools", "work/api"), after.repos().stream().map(Repo::name).toList());
        for (Repo moved : after.repos()) {
            Repo original = before.requireRepo(moved.name());
            assertEquals(target.resolve(src.relativize(original.path())), moved.path(), moved.name());
            assertEquals(original.bare(), moved.bare(), moved.name());
            assertEquals(original.flags(), moved.flags(), moved.name());
            assertEquals(remotes(original.path()), remotes(moved.path()), moved.name());
            assertEquals(HeadFile.read(GitDir.of(original.path()).orElseThrow()), HeadFile.read(GitDir.of(moved.path()).orElseThrow()), moved.name());
        }
        assertEquals(new Group("work", List.of("lib", "work/api"), Optional.of(target.resolve("work")), java.util.Map.of()), after.requireGroup("work"));
        assertEquals(List.of("tools"), after.requireGroup("misc").members());
        assertEquals("feat", HeadFile.read(GitDir.of(target.resolve("work/lib")).orElseThrow()).branch().orElseThrow());
        assertTrue(Files.isRegularFile(target.resolve("work/lib/feat.txt")), "the work tree is on the recorded branch");

        // What can be moved is moved whole: freezing both sides relative to their roots gives the same manifest.
        assertEquals(0, ws.shoal("rm", "notes").exitCode());
        ProcessResult old = ws.shoal("freeze", "--relative-to", src.toString());
        ProcessResult rebuilt = machine.shoal("freeze", "--relative-to", target.toString());
        assertEquals(old.stdout(), rebuilt.stdout());
        assertTrue(old.stdout().contains("pushurl: git@example.com:me/api.git"), old.stdout());
    }

    @Test
    void cloningAgainFindsEveryRepoPresentAndChangesNothing() {
        Path manifest = ws.path("workspace.yml");
        assertEquals(0, ws.shoal("freeze", "-o", manifest.toString()).exitCode());
        Workspace machine = new Workspace(ws.path("machine2"));
        Path target = machine.path("code");
        assertEquals(0, machine.shoal("clone", "-f", manifest.toString(), "-C", target.toString()).exitCode());
        String registry = machine.readReposFile();

        ProcessResult again = machine.shoal("clone", "-f", manifest.toString(), "-C", target.toString());
        assertEquals(0, again.exitCode(), again.stderr());
        assertTrue(again.stdout().contains("work/api: already registered (" + target.resolve("work/api") + ")"), again.stdout());
        assertEquals(registry, machine.readReposFile());
    }

    private void cloneTo(Path remote, Path repo) {
        git.run(ws.root(), "clone", "-q", remote.toString(), repo.toString());
    }

    private static List<Remote> remotes(Path repo) {
        return RemotesConfig.read(GitDir.of(repo).orElseThrow());
    }
}
