package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** sync against a real bare remote, one repo in each state it tells apart. */
@ExtendWith(WorkspaceExtension.class)
class SyncCommandTest {
    Workspace ws;
    Path remote;
    Path seed;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        seed = ws.repo("seed");
        remote = ws.remotesFrom(seed, "origin").resolve("origin.git");
    }

    private Path cloneOf(String name) {
        return ws.registeredClone(remote, "ws/" + name);
    }

    private void pushTwoCommits() {
        ws.git().commit(seed, "a.txt", "a\n", "upstream one");
        ws.git().commit(seed, "README.md", "# changed upstream\n", "upstream two");
        ws.git().run(seed, "push", "-q", remote.toString(), "main");
    }

    @Test
    void eachStateGetsItsOwnOutcome() {
        Path behind = cloneOf("behind");
        Path dirty = cloneOf("dirty");
        Path diverged = cloneOf("diverged");
        Path noUpstream = cloneOf("noupstream");
        pushTwoCommits();
        cloneOf("uptodate");
        Path ahead = cloneOf("ahead");
        ws.git().commit(ahead, "mine.txt", "mine\n", "local work");
        Git.write(dirty.resolve("README.md"), "# edited here\n");
        Git.write(dirty.resolve("staged.txt"), "staged\n");
        ws.git().run(dirty, "add", "staged.txt");
        touch(dirty.resolve("staged.txt")); // same content, new time: a status that refreshes the index would rewrite it
        ws.git().commit(diverged, "mine.txt", "mine\n", "local work");
        ws.git().run(noUpstream, "checkout", "-q", "-b", "topic");
        Map<String, String> dirtyBefore = snapshot(dirty);
        Map<String, String> divergedBefore = snapshot(diverged);

        ProcessResult sync = ws.shoal("sync");
        assertEquals(0, sync.exitCode(), sync.stdout() + sync.stderr());
        assertOutcome(sync, "behind", "updated 2 commits from origin/main");
        assertOutcome(sync, "uptodate", "already up to date");
        assertOutcome(sync, "dirty", "skipped (", "dirty: uncommitted changes, 2 commits behind origin/main");
        assertOutcome(sync, "diverged", "skipped (", "diverged: 1 ahead of origin/main, 2 behind");
        assertOutcome(sync, "noupstream", "skipped (", "no upstream: topic tracks no branch");
        assertTrue(sync.stderr().startsWith("6 repos: 1 updated, 2 up to date, 3 skipped (1 dirty, 1 diverged, 1 no upstream) ("),
                "skipped repos are not counted as ok: " + sync.stderr());
        assertTrue(sync.stderr().contains("dirty (dirty: uncommitted changes") && sync.stderr().contains("diverged (diverged: 1 ahead"),
                "each with why: " + sync.stderr());
        assertOutcome(sync, "ahead", "nothing to do: 1 commit ahead of origin/main");

        assertEquals(ws.git().run(remote, "rev-parse", "main"), ws.git().run(behind, "rev-parse", "HEAD"));
        assertEquals("# changed upstream\n", read(behind.resolve("README.md")));
        assertEquals(dirtyBefore, snapshot(dirty), "a dirty repo is left byte for byte as it was");
        assertEquals(divergedBefore, snapshot(diverged), "a diverged repo is left byte for byte as it was");
        assertEquals("", ws.git().run(dirty, "stash", "list"), "nothing was stashed");
        assertEquals(ws.git().run(remote, "rev-parse", "main"), ws.git().run(noUpstream, "rev-parse", "origin/main"), "fetched all the same");
    }

    @Test
    void untrackedFilesDoNotStopAFastForward() {
        Path repo = cloneOf("builds");
        pushTwoCommits();
        Git.write(repo.resolve("build/out.bin"), "output\n");

        ProcessResult sync = ws.shoal("sync", "builds");
        assertEquals(0, sync.exitCode());
        assertOutcome(sync, "builds", "updated 2 commits from origin/main");
        assertEquals("output\n", read(repo.resolve("build/out.bin")));
    }

    @Test
    void aFailingFetchFailsThatRepoAloneAndALocalOnlyRepoIsSkipped() {
        Path broken = cloneOf("broken");
        ws.git().run(broken, "remote", "set-url", "origin", ws.path("remotes/gone.git").toString());
        Path behind = cloneOf("behind");
        pushTwoCommits();
        Path local = ws.repo("ws/local");
        assertEquals(0, ws.shoal("add", local.toString()).exitCode());

        ProcessResult sync = ws.shoal("sync");
        assertEquals(1, sync.exitCode());
        assertTrue(sync.stdout().contains("=== broken: failed, exit 128"), sync.stdout());
        assertOutcome(sync, "behind", "updated 2 commits from origin/main");
        assertOutcome(sync, "local", "skipped (", "no upstream: main tracks no branch");
        assertEquals(ws.git().run(remote, "rev-parse", "main"), ws.git().run(behind, "rev-parse", "HEAD"));
    }

    @Test
    void jsonOutputCarriesEachOutcomeAsItsNote() {
        cloneOf("behind");
        pushTwoCommits();
        ProcessResult sync = ws.shoal("sync", "--output", "json");
        assertEquals(0, sync.exitCode(), sync.stderr());
        assertEquals(1, sync.lines().size(), sync.stdout());
        assertTrue(sync.stdout().contains("\"status\":\"ok\""), sync.stdout());
        assertTrue(sync.stdout().contains("\"note\":\"updated 2 commits from origin/main\""), sync.stdout());
    }

    /**
     * A repo sync leaves alone on purpose does not fail the run, with or without a second, attached run of
     * the repos that needed credentials: the remote's ssh refuses the first connection, then lets it in.
     */
    @Test
    void skippedReposAreFineAfterRetryingWithTheTerminalToo() {
        Path locked = cloneOf("locked");
        Path marker = ws.path("refused-once");
        Path ssh = ws.path("bin/ssh-once");
        Git.write(ssh, "#!/bin/sh\n"
                + "if [ ! -e '" + marker + "' ]; then : > '" + marker + "'; echo 'git@example.invalid: Permission denied (publickey).' >&2; exit 255; fi\n"
                + "for word; do command=$word; done\nexec sh -c \"$command\"\n");
        assertTrue(ssh.toFile().setExecutable(true));
        ws.git().run(locked, "config", "core.sshCommand", ssh.toString());
        ws.git().run(locked, "config", "ssh.variant", "simple");
        ws.git().run(locked, "remote", "set-url", "origin", "ssh://example.invalid" + remote);
        Path dirty = cloneOf("dirty");
        pushTwoCommits();
        Git.write(dirty.resolve("README.md"), "# edited here\n");

        ProcessResult sync = ws.shoalProcess("sync", "--retry-interactive");
        assertTrue(sync.stderr().contains("rerunning 1 repo that needed credentials"), sync.stdout() + sync.stderr());
        assertEquals(ws.git().run(remote, "rev-parse", "main"), ws.git().run(locked, "rev-parse", "HEAD"), sync.stdout() + sync.stderr());
        assertEquals(0, sync.exitCode(), "dirty was skipped on purpose, locked made it the second time: " + sync.stdout() + sync.stderr());
    }

    private static void assertOutcome(ProcessResult result, String repo, String... said) {
        assertTrue(result.stdout().lines().anyMatch(l -> l.startsWith("=== " + repo + ": ") && List.of(said).stream().allMatch(l::contains)),
                repo + " should say " + List.of(said) + " in:\n" + result.stdout() + result.stderr());
    }

    /** HEAD, the index file and every work tree file, by content hash. */
    private static Map<String, String> snapshot(Path repo) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(repo)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(repo.resolve(".git")) || p.equals(repo.resolve(".git/index")) || p.equals(repo.resolve(".git/HEAD"))
                            || p.startsWith(repo.resolve(".git/refs/heads")))
                    .forEach(p -> files.put(repo.relativize(p).toString(), sha256(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
