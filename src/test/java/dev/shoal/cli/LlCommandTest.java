package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Fleet;
import dev.shoal.testing.Json;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.ui.Ansi;
import dev.shoal.ui.Terminal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code shoal ll} on a small fleet of real repos: the lines, --only, -g, --json, widths and colors. */
class LlCommandTest {
    private static final String ESC = "\u001b[";

    @TempDir
    static Path temp;
    static Workspace workspace;

    @BeforeAll
    static void registerTheFleet() throws IOException {
        workspace = new Workspace(temp.toRealPath());
        Fleet fleet = Fleet.small(workspace);
        Path lost = fleet.clone("lost");
        assertEquals(0, workspace.shoal("add", "-r", workspace.path("repos").toString()).exitCode());
        Fleet.vanish(lost);
        workspace.shoal("group", "add", "ahead", "behind", "-n", "moving");
        workspace.git().commit(fleet.member("no-upstream").path(), "long.txt", "x\n",
                "a subject long enough that no sixty-column terminal can show all of it at once");
    }

    @Test
    void pipedLinesAreWholePlainAndInNameOrder() {
        ProcessResult result = workspace.shoal("ll");
        assertEquals(1, result.exitCode(), "the missing repo makes it 1: " + result.stderr());
        assertFalse(result.stdout().contains(ESC), "no ANSI codes in a pipe");
        List<String> lines = result.lines();
        assertEquals(List.of("ahead", "behind", "clean", "dirty", "lost", "no-upstream", "untracked"),
                lines.stream().map(l -> l.split(" +")[0]).toList());
        assertTrue(line(lines, "ahead").matches("ahead +main ↑1 +local only +\\d+ (seconds?|minutes?) ago"), line(lines, "ahead"));
        assertTrue(line(lines, "behind").contains("main ↓1"), line(lines, "behind"));
        assertTrue(line(lines, "clean").matches("clean +main = +fourth commit: ünïcode subject +\\d+ (seconds?|minutes?) ago"),
                line(lines, "clean"));
        assertTrue(line(lines, "no-upstream").contains("no sixty-column terminal can show all of it at once"), "whole when piped");
        assertTrue(line(lines, "dirty").matches("dirty +main = +\\* +fourth commit.*"), line(lines, "dirty"));
        assertTrue(line(lines, "untracked").matches("untracked +main = +\\? +fourth.*"), line(lines, "untracked"));
        assertTrue(line(lines, "no-upstream").contains("feature ∅"), line(lines, "no-upstream"));
        assertTrue(line(lines, "lost").matches("lost +missing: .*lost no longer exists"), line(lines, "lost"));
        lines.forEach(l -> assertEquals(l.stripTrailing(), l, "no trailing spaces"));
    }

    @Test
    void onATerminalLinesAreCutToTheWidthAndColored() {
        ProcessResult result = workspace.shoalIn(workspace.root(), new Terminal(false, true, 60), "ll");
        assertTrue(result.stdout().contains(ESC + "35m" + "main ↑1"), "ahead in purple: " + result.stdout());
        for (String line : result.lines()) {
            assertTrue(Ansi.visibleLength(line) <= 60, "fits in 60 columns: " + Ansi.strip(line));
        }
        String longest = line(result.lines().stream().map(Ansi::strip).toList(), "no-upstream");
        assertTrue(longest.contains("…"), "the long subject is cut: " + longest);
        assertTrue(longest.endsWith("ago"), "the time after it is kept: " + longest);
    }

    @Test
    void noColorAndColorNeverTurnColorsOff() {
        workspace.env().put("NO_COLOR", "1");
        try {
            assertFalse(workspace.shoalIn(workspace.root(), new Terminal(false, true, 100), "ll").stdout().contains(ESC));
        } finally {
            workspace.env().remove("NO_COLOR");
        }
        assertFalse(workspace.shoalIn(workspace.root(), new Terminal(false, true, 100), "--color=never", "ll")
                .stdout().contains(ESC));
    }

    @Test
    void onlySelectsByStateAndRepeatsAsOr() {
        assertEquals(List.of("dirty"), names(workspace.shoal("ll", "--only", "dirty")));
        assertEquals(List.of("ahead", "behind"), names(workspace.shoal("ll", "--only", "ahead", "--only", "behind")));
        assertEquals(List.of("untracked"), names(workspace.shoal("ll", "--only=untracked")));
        assertEquals(List.of("no-upstream"), names(workspace.shoal("ll", "--only", "no-upstream")));
        assertEquals(List.of("ahead", "behind", "clean", "no-upstream"), names(workspace.shoal("ll", "--only", "clean")));
        ProcessResult missing = workspace.shoal("ll", "--only", "missing");
        assertEquals(List.of("lost"), names(missing));
        assertEquals(1, missing.exitCode());
        ProcessResult dirty = workspace.shoal("ll", "--only", "dirty");
        assertTrue(dirty.stderr().contains("lost: left out by --only"), "an unreadable repo is not skipped silently: " + dirty.stderr());
    }

    @Test
    void onlyWorksWithNamedTargetsAndGroups() {
        assertEquals(List.of("behind"), names(workspace.shoal("ll", "moving", "dirty", "--only", "behind")));
        assertEquals(0, workspace.shoal("ll", "moving").exitCode(), "no unreadable repo among these");
    }

    @Test
    void aStateThatDoesNotExistIsAUsageError() {
        ProcessResult result = workspace.shoal("ll", "--only", "drity");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("'drity' is not a state; did you mean dirty?"), result.stderr());
        assertEquals("", result.stdout());
    }

    @Test
    void groupedListsEachGroupThenTheRest() {
        List<String> lines = workspace.shoal("ll", "-g").lines();
        assertEquals("moving:", lines.get(0));
        assertTrue(lines.get(1).startsWith("  ahead "), lines.get(1));
        assertTrue(lines.get(2).startsWith("  behind "), lines.get(2));
        assertEquals("(in no group):", lines.get(3));
        assertEquals(9, lines.size(), String.join("\n", lines));
    }

    @Test
    void jsonHasEveryFieldWithNumbersAndBooleans() {
        ProcessResult result = workspace.shoal("ll", "--json");
        assertEquals(1, result.exitCode());
        List<Object> repos = Json.array(Json.object(Json.parse(result.stdout())).get("repos"));
        assertEquals(7, repos.size());
        Map<String, Object> ahead = repo(repos, "ahead");
        assertEquals("main", ahead.get("branch"));
        assertEquals("origin/main", ahead.get("upstream"));
        assertEquals("ahead", ahead.get("tracking"));
        assertEquals(1, ahead.get("ahead"));
        assertEquals(0, ahead.get("behind"));
        assertEquals(List.of("moving"), ahead.get("groups"));
        assertEquals(false, ahead.get("missing"));
        assertEquals(null, ahead.get("error"));
        assertEquals("local only", Json.object(ahead.get("commit")).get("subject"));
        Map<String, Object> dirty = repo(repos, "dirty");
        assertEquals(true, dirty.get("unstaged"));
        assertEquals(false, dirty.get("staged"));
        assertEquals(1, Json.object(dirty.get("counts")).get("unstaged"));
        Map<String, Object> lost = repo(repos, "lost");
        assertEquals(true, lost.get("missing"));
        assertTrue(((String) lost.get("error")).contains("no longer exists"));
        assertFalse(lost.containsKey("branch"), "an unreadable repo has no state fields");
    }

    @Test
    void gitVariablesOfTheRepoShoalRunsFromDoNotLeakIntoOthers() {
        String plain = workspace.shoal("ll", "--json").stdout();
        Path hook = workspace.path("repos/dirty");
        workspace.env().put("GIT_DIR", hook.resolve(".git").toString());
        workspace.env().put("GIT_WORK_TREE", hook.toString());
        workspace.env().put("GIT_INDEX_FILE", hook.resolve(".git/index").toString());
        try {
            assertEquals(plain, workspace.shoal("ll", "--json").stdout(), "as run from a hook in dirty");
        } finally {
            workspace.env().remove("GIT_DIR");
            workspace.env().remove("GIT_WORK_TREE");
            workspace.env().remove("GIT_INDEX_FILE");
        }
    }

    @Test
    void helpSaysWhatTheSymbolsAndExitCodesMean() {
        String help = workspace.shoal("ll", "--help").stdout();
        assertTrue(help.contains("--only=STATE"), help);
        assertTrue(help.contains("1 some repo could not be read"), help);
        assertTrue(help.contains("+ staged, * unstaged, ? untracked, $ stash, ! conflicts"), help);
    }

    @Test
    void anEmptyRegistrySaysHowToAddRepos() {
        Workspace empty = new Workspace(temp.resolve("empty"));
        ProcessResult result = empty.shoal("ll");
        assertEquals(0, result.exitCode());
        assertEquals("", result.stdout());
        assertTrue(result.stderr().contains("shoal add"), result.stderr());
        assertEquals("{\"schema\":1,\"repos\":[]}\n", empty.shoal("ll", "--json").stdout(), "scripts still get a document");
    }

    private static String line(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + name + " in " + lines));
    }

    private static List<String> names(ProcessResult result) {
        return result.lines().stream().map(l -> l.split(" +")[0]).toList();
    }

    private static Map<String, Object> repo(List<Object> repos, String name) {
        return repos.stream().map(Json::object).filter(r -> r.get("name").equals(name)).findFirst().orElseThrow();
    }
}
