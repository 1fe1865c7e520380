package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The user's commands.yml: new commands, changes to shipped ones, and every kind of mistake. */
@ExtendWith(WorkspaceExtension.class)
class CommandsFileTest {
    Workspace ws;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        ws.repo("src/api");
        Git.write(ws.path("src/api/notes.txt"), "draft\n");
        assertEquals(0, ws.shoal("add", ws.path("src/api").toString()).exitCode());
    }

    private void commands(String yaml) {
        Git.write(ws.configHome().resolve("commands.yml"), yaml);
    }

    @Test
    void aUserCommandRunsAndIsInTheHelp() {
        commands("""
                hello:
                  cmd: [printf, '%s\\n', "hi there"]
                  help: say hi
                  allow_all: true
                """);
        ProcessResult help = ws.shoal("--help");
        assertTrue(help.stdout().matches("(?s).*\n  hello +Say hi\\.\n.*"), help.stdout());
        assertEquals(0, ws.shoal("hello", "--help").exitCode());
        ProcessResult result = ws.shoal("hello");
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stdout().endsWith("\nhi there\n"), result.stdout());
    }

    @Test
    void aUserEntryOverridesAShippedCommandFieldByField() {
        assertTrue(ws.shoal("st").stdout().contains("Untracked files:"));
        commands("st:\n  cmd: git status --short\n");
        ProcessResult result = ws.shoal("st");
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stdout().endsWith("\n?? notes.txt\n"), result.stdout());
        // The shipped help and allow_all stay.
        assertTrue(ws.shoal("st", "--help").stdout().contains("Show the status.\nRuns: git status --short\n"));
    }

    @Test
    void aShellCommandGetsTheArgumentsAfterDashesAsPositionalParameters() {
        commands("""
                count:
                  cmd: 'git ls-files "$@" | wc -l | tr -d " "'
                  shell: true
                  allow_all: true
                """);
        ProcessResult result = ws.shoal("count", "--", "--others");
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stdout().endsWith("\n1\n"), result.stdout());
    }

    @Test
    void aTimeoutFromTheFileApplies() {
        commands("""
                nap:
                  cmd: sleep 30
                  timeout: 1s
                  allow_all: true
                """);
        ProcessResult result = ws.shoal("nap");
        assertEquals(1, result.exitCode());
        assertTrue(result.stdout().startsWith("=== api: timed out (") && result.stdout().contains("timed out after 1.0s"), result.stdout());
    }

    @Test
    void mistakesAreReportedWithLineAndColumnAndExitTwo() {
        String file = ws.configHome().resolve("commands.yml").toString();
        assertMistake("st:\n  allow-all: true\n",
                file + ":2:14: command 'st' has an unknown field 'allow-all' (known: allow_all, cmd, help, interactive, shell, timeout)");
        assertMistake("hello:\n  help: no command\n", file + ":2:3: command 'hello' has no 'cmd'");
        assertMistake("ls:\n  cmd: git ls-files\n", file + ":2:3: 'ls' is one of shoal's own commands; give yours another name");
        assertMistake("x:\n  cmd: git log --format='%h\n", file + ":2:8: 'cmd' of command 'x': a single quote is not closed");
        assertMistake("x:\n  cmd: git log\n  timeout: soon\n",
                file + ":3:12: 'timeout' of command 'x': 'soon' is not a duration (say 90, 30s, 5m, 1h30m or 500ms)");
        assertMistake("x:\n  cmd: [git, log]\n  shell: yes\n", file + ":3:10: 'shell' of command 'x' must be true or false, not 'yes'");
        assertMistake("x:\n  cmd: [a\n", file + ":3:1: ");
    }

    /** Every command that may come from the file says what is wrong; shoal's own commands still work. */
    private void assertMistake(String yaml, String expectedStart) {
        commands(yaml);
        for (String[] args : new String[][] {{"st"}, {"hello"}, {"--help"}}) {
            ProcessResult result = ws.shoal(args);
            assertEquals(2, result.exitCode(), String.join(" ", args) + ": " + result.stderr());
            assertTrue(result.stderr().startsWith("shoal: " + expectedStart), result.stderr());
            assertEquals("", result.stdout());
        }
        assertEquals(0, ws.shoal("ls").exitCode());
    }
}
