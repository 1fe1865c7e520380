package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Terminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each output mode, byte for byte when piped (durations aside), the summary and the exit codes. */
@ExtendWith(WorkspaceExtension.class)
class RunOutputTest {
    /** api prints two lines, site fails on stderr, web prints nothing: each repo's folder name decides. */
    private static final String SCRIPT = "case ${PWD##*/} in api) echo hello; printf 'no newline';; "
            + "site) echo oops >&2; exit 3;; esac";
    private static final String QUOTED_SCRIPT = "'" + SCRIPT.replace("'", "'\\''") + "'";

    Workspace ws;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        ws.registeredRepos("api", "site", "web");
    }

    /** Durations differ from run to run; everything else must not. */
    private static String timeless(String text) {
        return text.replaceAll("\\((\\d+ms|\\d+\\.\\ds|\\d+m\\d\\ds)\\)", "(T)").replaceAll("\"duration_ms\":\\d+", "\"duration_ms\":0");
    }

    @Test
    void blocksInNameOrderWithTheSummaryOnStderr() {
        ProcessResult result = ws.shoal("shell", "--order", "name", "--", SCRIPT);
        assertEquals(1, result.exitCode());
        assertEquals("""
                === api: ok (T)
                hello
                no newline
                === site: failed, exit 3 (T)
                oops
                === web: ok (T)
                """, timeless(result.stdout()));
        assertEquals("3 repos: 2 ok, 1 failed (T)\n"
                + "failed: site (exit 3)\n"
                + "rerun: shoal shell --order name site -- " + QUOTED_SCRIPT + "\n", timeless(result.stderr()));
    }

    @Test
    void liveAnywhereButOnATerminalIsBlocks() {
        ProcessResult result = ws.shoal("shell", "--output", "live", "--order", "name", "--", SCRIPT);
        assertEquals(1, result.exitCode());
        assertEquals("=== api: ok (T)\nhello\nno newline\n=== site: failed, exit 3 (T)\noops\n=== web: ok (T)\n",
                timeless(result.stdout()));
    }

    @Test
    void severalWordsRunAsTheyAreWithoutAShell() {
        ProcessResult result = ws.shoal("shell", "web", "--", "echo", "$HOME", "a  b");
        assertEquals(0, result.exitCode());
        assertEquals("=== web: ok (T)\n$HOME a  b\n", timeless(result.stdout()));
    }

    @Test
    void streamPrefixesEachLineAsItComesStdoutAndStderrApart() {
        ProcessResult result = ws.shoal("shell", "--output", "stream", "--", SCRIPT);
        assertEquals(1, result.exitCode());
        assertEquals("api:  hello\napi:  no newline\n", result.stdout());
        assertEquals("site: oops\n3 repos: 2 ok, 1 failed (T)\nfailed: site (exit 3)\n"
                + "rerun: shoal shell --output stream site -- " + QUOTED_SCRIPT + "\n", timeless(result.stderr()));
    }

    @Test
    void jsonIsOneObjectPerRepoAndLineAndStdoutHoldsNothingElse() {
        ProcessResult result = ws.shoal("shell", "--output", "json", "--order", "name", "--", SCRIPT);
        assertEquals(1, result.exitCode());
        String argv = "[\"sh\",\"-c\",\"" + SCRIPT.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        assertEquals("{\"schema\":1,\"name\":\"api\",\"path\":\"" + ws.path("src/api") + "\",\"argv\":" + argv
                + ",\"exit_code\":0,\"status\":\"ok\",\"updated\":null,\"duration_ms\":0,\"stdout\":\"hello\\nno newline\",\"stderr\":\"\",\"note\":null}\n"
                + "{\"schema\":1,\"name\":\"site\",\"path\":\"" + ws.path("src/site") + "\",\"argv\":" + argv
                + ",\"exit_code\":3,\"status\":\"failed\",\"updated\":null,\"duration_ms\":0,\"stdout\":\"\",\"stderr\":\"oops\\n\",\"note\":null}\n"
                + "{\"schema\":1,\"name\":\"web\",\"path\":\"" + ws.path("src/web") + "\",\"argv\":" + argv
                + ",\"exit_code\":0,\"status\":\"ok\",\"updated\":null,\"duration_ms\":0,\"stdout\":\"\",\"stderr\":\"\",\"note\":null}\n",
                timeless(result.stdout()));
        assertTrue(result.stderr().startsWith("3 repos: 2 ok, 1 failed"), result.stderr());
    }

    @Test
    void allOkIsExitZeroAndAOneLineSummary() {
        ProcessResult result = ws.shoal("st");
        assertEquals(0, result.exitCode());
        assertEquals("3 repos: 3 ok (T)\n", timeless(result.stderr()));
        assertTrue(result.stdout().contains("=== api: ok (") && result.stdout().contains("nothing to commit"), result.stdout());
        assertFalse(result.stdout().contains("\u001b["), "no ANSI when piped: " + result.stdout());
    }

    @Test
    void aMissingFolderIsSkippedAndSaidSo() throws Exception {
        Path web = ws.path("src/web");
        Files.move(web, ws.path("src/web-moved"));
        ProcessResult result = ws.shoal("st", "--order", "name");
        assertEquals(1, result.exitCode());
        assertTrue(result.stdout().endsWith("=== web: skipped: missing: " + web + " no longer exists\n"), result.stdout());
        assertTrue(timeless(result.stderr()).startsWith("3 repos: 2 ok, 1 skipped (missing) (T)\nskipped: web (missing: " + web + " no longer exists)\n"),
                result.stderr());
    }

    @Test
    void gitColorsOnlyWhenTheOutputIsAColorTerminal() {
        Git.write(ws.path("src/api/untracked.txt"), "new\n");
        ProcessResult terminal = ws.shoalIn(ws.root(), new Terminal(false, true, 100), "st", "api");
        assertTrue(terminal.stdout().contains("\u001b[31m"), "untracked files in red: " + terminal.stdout());
        ProcessResult noColor = ws.shoalIn(ws.root(), new Terminal(false, true, 100), "--color", "never", "st", "api");
        // On a terminal the live region still moves the cursor; no color may be left, git's or shoal's.
        assertFalse(Pattern.compile("\u001b\\[[0-9;]*m").matcher(noColor.stdout()).find(), noColor.stdout());
        ProcessResult json = ws.shoalIn(ws.root(), new Terminal(false, true, 100), "st", "api", "--output", "json");
        assertFalse(json.stdout().contains("\\u001B"), json.stdout());
    }
}
