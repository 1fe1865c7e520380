package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.git.GitDir;
import dev.shoal.git.Head;
import dev.shoal.git.HeadFile;
import dev.shoal.registry.Registry;
import dev.shoal.registry.RegistryStore;
import dev.shoal.run.ShellWords;
import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        Path api = ws.cloneOf(remotes.resolve("api.git"), "src/api");
        git.run(api, "checkout", "-q", "-b", "spike");
        git.commit(api, "spike.txt", "spike\n", "a spike");
        Path site = ws.cloneOf(remotes.resolve("site.git"), "src/site");
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

    @Test
    void theRerunLineOfAPartlyFailedCloneRerunsWhatFailedWhereTheWholeRunWouldPutIt() throws IOException {
        Path file = ws.path("ws.yml");
        Files.writeString(file, """
                repos:
                  r1: {path: /old/home/f1/repos/r1, remotes: {origin: @R@/api.git}}
                  r1-docs: {path: /old/home/f1/repos/r1/docs, remotes: {origin: @R@/site.git}}
                  r17: {path: /old/home/f1/repos/r17, remotes: {origin: @R@/missing.git}}
                  outer: {path: /old/home/f2/outer, remotes: {origin: @R@/gone.git}}
                  inner: {path: /old/home/f2/outer/libs/inner, remotes: {origin: @R@/site.git}}
                """.replace("@R@", remotes.toString()));
        Path dir = ws.path("my work");
        ProcessResult first = ws.shoal("clone", "-f", file.toString(), "-C", dir.toString(), "--output", "blocks");
        assertEquals(1, first.exitCode(), first.stdout() + first.stderr());
        assertTrue(first.stderr().contains("shoal: inner: not cloned: it lies inside outer, which was not cloned"), first.stderr());
        assertFalse(Files.exists(dir.resolve("f2/outer")), "nothing stands where outer goes: " + first.stderr());
        List<String> reruns = first.stderr().lines().filter(l -> l.startsWith("rerun: ")).toList();
        String rerun = reruns.getLast().substring("rerun: ".length());
        assertEquals(ShellWords.join(List.of("shoal", "clone", "--output", "blocks", "-f", file.toString(), "-C", dir.toString(),
                "r17", "outer", "inner")), rerun, "the last rerun line names every repo that did not make it: " + first.stderr());

        ws.remotesFrom(ws.path("seed"), "missing", "gone");
        ProcessResult again = ws.inShell(rerun);
        assertEquals(0, again.exitCode(), again.stdout() + again.stderr());
        Registry registry = new RegistryStore(ws.reposFile()).load();
        Map<String, Path> expected = Map.of("r1", dir.resolve("f1/repos/r1"), "r1-docs", dir.resolve("f1/repos/r1/docs"),
                "r17", dir.resolve("f1/repos/r17"), "outer", dir.resolve("f2/outer"), "inner", dir.resolve("f2/outer/libs/inner"));
        Map<String, Path> registered = new TreeMap<>();
        registry.repos().forEach(repo -> registered.put(repo.name(), repo.path()));
        assertEquals(new TreeMap<>(expected), registered, "each repo once, where the whole run would put it");
        expected.values().forEach(path -> assertTrue(Files.isDirectory(path.resolve(".git")), path + " is a clone"));
    }
}
