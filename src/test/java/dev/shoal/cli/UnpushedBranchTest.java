package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.git.GitDir;
import dev.shoal.git.Head;
import dev.shoal.git.HeadFile;
import dev.shoal.registry.RegistryStore;
import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** freeze and clone -f telling the truth: a branch no remote has, and a partial rerun landing where the whole run would. */
@ExtendWith(WorkspaceExtension.class)
class UnpushedBranchTest {
    Workspace ws;
    Git git;
    Path remotes;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        git = ws.git();
        remotes = ws.remotesFrom(ws.repo("seed"), "api", "site");
    }

    @Test
    void aBranchNeverPushedIsSaidAtFreezeAndAtCloneWhichLeavesTheRepoOnMain() throws IOException {
        Path api = ws.path("src/api");
        git.run(ws.root(), "clone", "-q", remotes.resolve("api.git").toString(), api.toString());
        git.run(api, "checkout", "-q", "-b", "spike");
        git.commit(api, "spike.txt", "spike\n", "a spike");
        Path site = ws.path("src/site");
        git.run(ws.root(), "clone", "-q", remotes.resolve("site.git").toString(), site.toString());
        assertEquals(0, ws.shoal("add", api.toString(), site.toString()).exitCode());

        Path file = ws.path("ws.yml");
        ProcessResult freeze = ws.shoal("freeze", "-o", file.toString());
        assertEquals(0, freeze.exitCode(), "a warning, not a failure: " + freeze.stderr());
        assertEquals("shoal: api: branch spike is on no remote (never pushed); a clone of this manifest will stay on "
                + "the remote's default branch\n", freeze.stderr(), "site's branch is on its remote: no word about it");
        assertTrue(Files.readString(file).contains("unpushed: true"), Files.readString(file));

        Path copy = ws.path("copy");
        ProcessResult clone = ws.shoal("clone", "-f", file.toString(), "-C", copy.toString(), "--output", "blocks");
        assertEquals(1, clone.exitCode());
        assertTrue(clone.stdout().contains("=== api: failed"), clone.stdout());
        assertTrue(clone.stdout().contains("cloned from origin, but branch spike was never pushed; left on main"), clone.stdout());
        assertFalse(clone.stdout().contains("exit 0") || clone.stdout().contains("invalid reference"), clone.stdout());
        assertFalse(clone.stderr().contains("exit 0"), clone.stderr());
        assertEquals(Head.onBranch("main"), HeadFile.read(GitDir.of(copy.resolve("api")).orElseThrow()));
    }

    @Test
    void aPartialRerunPutsReposWhereTheWholeRunWould() throws IOException {
        Path file = ws.path("ws.yml");
        Files.writeString(file, """
                repos:
                  r1: {path: /old/home/f1/repos/r1, remotes: {origin: @R@/api.git}}
                  r17: {path: /old/home/f1/repos/r17, remotes: {origin: @R@/site.git}}
                  other: {path: /old/home/f2/other, remotes: {origin: @R@/site.git}}
                """.replace("@R@", remotes.toString()));
        Path whole = ws.path("whole");
        assertEquals(0, ws.shoal("clone", "-f", file.toString(), "-C", whole.toString()).exitCode());
        Path part = ws.path("part");
        ProcessResult rerun = ws.shoal("clone", "-f", file.toString(), "-C", part.toString(), "r17");
        assertEquals(0, rerun.exitCode(), rerun.stderr());
        assertTrue(Files.isDirectory(whole.resolve("f1/repos/r17/.git")));
        assertTrue(Files.isDirectory(part.resolve("f1/repos/r17/.git")), "the layout of the whole manifest, not r17's alone");

        int registered = new RegistryStore(ws.reposFile()).load().repos().size();
        ProcessResult again = ws.shoal("clone", "-f", file.toString(), "-C", whole.toString(), "r17");
        assertEquals(0, again.exitCode(), again.stderr());
        assertEquals(registered, new RegistryStore(ws.reposFile()).load().repos().size(), "found where it was: no duplicate");
        assertEquals(whole.resolve("f1/repos/r17"), new RegistryStore(ws.reposFile()).load().requireRepo("r17").path());
    }
}
