package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.Json;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Summaries count what happened, from git's own words on real repos with a bare remote: updated (refs
 * fetched, branch moved), up to date, ok (when git does not say), skipped with why, timed out after the limit.
 */
@ExtendWith(WorkspaceExtension.class)
class UpdateCountsTest {
    Workspace ws;
    Path remote;
    Path seed;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        ws.env().put("NO_COLOR", "1");
        seed = ws.repo("seed");
        remote = ws.remotesFrom(seed, "origin").resolve("origin.git");
    }

    private Path cloneOf(String name) {
        return ws.registeredClone(remote, "ws/" + name);
    }

    /** Two clones: behind, made before the remote got a commit, and current, made after. */
    private void behindAndCurrent() {
        cloneOf("behind");
        pushCommit("b.txt");
        cloneOf("current");
    }

    private void pushCommit(String file) {
        ws.git().commit(seed, file, file + "\n", "upstream " + file);
        ws.git().run(seed, "push", "-q", remote.toString(), "main");
    }

    @Test
    void syncCountsUpdatedUpToDateAndSkippedWithWhy() {
        cloneOf("behind");
        Path dirty = cloneOf("dirty");
        cloneOf("tagged");
        pushCommit("a.txt");
        ws.git().run(seed, "tag", "v1");
        ws.git().run(seed, "push", "-q", remote.toString(), "v1");
        cloneOf("fresh1");
        cloneOf("fresh2");
        Git.write(dirty.resolve("README.md"), "edited here\n");
        // tagged fetches the tag and the commit, but is behind like behind; fresh ones fetch nothing.
        ProcessResult sync = ws.shoal("sync");
        assertEquals(0, sync.exitCode(), sync.stdout() + sync.stderr());
        assertTrue(sync.stderr().startsWith("5 repos: 2 updated, 2 up to date, 1 skipped (dirty) ("), sync.stderr());
        assertTrue(sync.stderr().contains("\nskipped: dirty (dirty: uncommitted changes"), sync.stderr());

        ProcessResult again = ws.shoal("sync");
        assertTrue(again.stderr().startsWith("5 repos: 4 up to date, 1 skipped (dirty) ("), again.stderr());
    }

    @Test
    void aFetchThatBringsOnlyATagIsAnUpdateEvenWhenTheBranchStays() {
        cloneOf("api");
        ws.git().run(seed, "tag", "v2");
        ws.git().run(seed, "push", "-q", remote.toString(), "v2");
        ProcessResult sync = ws.shoal("sync", "--output", "json");
        assertEquals(0, sync.exitCode(), sync.stderr());
        Map<String, Object> report = Json.object(Json.parse(sync.stdout()));
        assertEquals("already up to date", report.get("note"));
        assertEquals(true, report.get("updated"), "the tag was fetched: " + sync.stdout());
        assertTrue(sync.stderr().startsWith("1 repo: 1 updated ("), sync.stderr());
    }

    @Test
    void fetchAndPullSayWhatGitSaid() {
        behindAndCurrent();

        ProcessResult fetch = ws.shoal("fetch", "--output", "json");
        assertEquals(0, fetch.exitCode(), fetch.stderr());
        assertEquals(Map.of("behind", true, "current", false), updatedByName(fetch), fetch.stdout());
        assertTrue(fetch.stderr().startsWith("2 repos: 1 updated, 1 up to date ("), fetch.stderr());

        ProcessResult quiet = ws.shoal("fetch", "--", "-q");
        assertTrue(quiet.stderr().startsWith("2 repos: 2 ok ("), "git said nothing, so shoal cannot tell: " + quiet.stderr());

        // behind's origin/main moved with the fetch above: its pull fetches nothing and merges.
        ProcessResult pull = ws.shoal("pull", "--output", "json");
        assertEquals(0, pull.exitCode(), pull.stderr());
        assertEquals(Map.of("behind", true, "current", false), updatedByName(pull), pull.stdout());
        assertTrue(pull.stderr().startsWith("2 repos: 1 updated, 1 up to date ("), pull.stderr());

        pushCommit("c.txt");
        ws.git().commit(ws.path("ws/current"), "mine.txt", "mine\n", "local work");
        ProcessResult rebase = ws.shoal("pull", "--", "--rebase");
        assertEquals(0, rebase.exitCode(), rebase.stdout() + rebase.stderr());
        assertTrue(rebase.stderr().startsWith("2 repos: 2 updated ("), rebase.stdout() + rebase.stderr());
        ProcessResult rebaseAgain = ws.shoal("pull", "current", "--", "--rebase");
        assertTrue(rebaseAgain.stderr().startsWith("1 repo: 1 up to date ("), rebaseAgain.stdout() + rebaseAgain.stderr());
    }

    @Test
    void eachRepoHeaderSaysWhatHappenedWhenGitSaidIt() {
        behindAndCurrent();

        ProcessResult fetch = ws.shoal("fetch", "--order", "name");
        assertEquals(0, fetch.exitCode(), fetch.stderr());
        assertTrue(fetch.stdout().startsWith("=== behind: updated ("), fetch.stdout());
        assertTrue(fetch.stdout().contains("\n=== current: up to date ("), fetch.stdout());

        ProcessResult quiet = ws.shoal("fetch", "--order", "name", "--", "-q");
        assertTrue(quiet.stdout().startsWith("=== behind: ok ("), "git said nothing, so shoal cannot tell: " + quiet.stdout());

        ProcessResult sync = ws.shoal("sync", "--order", "name");
        assertTrue(sync.stdout().startsWith("=== behind: updated (") && sync.stdout().contains(": updated 1 commit from origin/main\n"),
                "the fetch above brought the commit, the fast-forward moved the branch: " + sync.stdout());
        assertTrue(sync.stdout().contains("\n=== current: up to date ("), sync.stdout());
    }

    @Test
    void otherCommandsAreOkAndATimeoutSaysItsLimit() {
        cloneOf("api");
        cloneOf("web");
        ProcessResult status = ws.shoal("shell", "--output", "json", "--", "true");
        assertTrue(status.stderr().startsWith("2 repos: 2 ok ("), status.stderr());
        assertTrue(status.stdout().contains("\"updated\":null"), status.stdout());
        assertTrue(ws.shoal("shell", "api", "--", "true").stdout().startsWith("=== api: ok ("), "any other command is ok");

        ProcessResult slow = ws.shoal("shell", "--timeout", "1s", "--", "sleep 30");
        assertEquals(1, slow.exitCode(), slow.stderr());
        assertTrue(slow.stderr().startsWith("2 repos: 0 ok, 2 timed out (after 1s) ("), slow.stderr());
    }

    private static Map<String, Object> updatedByName(ProcessResult run) {
        Map<String, Object> updated = new TreeMap<>();
        for (String line : run.lines()) {
            Map<String, Object> report = Json.object(Json.parse(line));
            updated.put((String) report.get("name"), report.get("updated"));
        }
        return updated;
    }
}
