package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Terminal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** What shoal prints as text: piped ll lines, name order, help paragraphs and one-liners, usage errors. */
@ExtendWith(WorkspaceExtension.class)
class PlainTextTest {

    @Test
    void pipedLlLinesCarryNoPaddingAndAHugeSubjectWidensOnlyItsOwnLine(Workspace ws) {
        ws.registeredRepos("r1", "r2", "r10");
        ws.git().run(ws.path("src/r2"), "commit", "-q", "--allow-empty", "-m", "x".repeat(20_000));
        ProcessResult ll = ws.shoal("ll");
        assertEquals(0, ll.exitCode(), ll.stderr());
        List<String> lines = ll.lines();
        assertEquals(List.of("r1", "r2", "r10"), lines.stream().map(l -> l.split(" ")[0]).toList(), "natural order");
        assertTrue(lines.stream().noneMatch(l -> l.endsWith(" ")), "no trailing padding: " + lines.getFirst());
        assertTrue(lines.get(0).length() < 200 && lines.get(2).length() < 200, "the others stay short: " + lines.get(0).length());
        assertTrue(lines.get(1).contains("x".repeat(20_000)), "piped, the subject is whole");
        assertEquals(List.of("r1", "r2", "r10"), ws.shoal("ls").lines());
    }

    @Test
    void theCommandListShowsWholeFirstSentences(Workspace ws) {
        ProcessResult help = ws.shoal("--help");
        String text = help.stdout().replaceAll("\n {10,}", " ");
        assertTrue(text.contains("  ll          Show one line per repo: its branch and how it stands against its upstream, "
                + "uncommitted work, and the last commit.\n"), text);
        assertTrue(text.contains("  rm          Unregister repos.\n"), "the first sentence only: " + text);
    }

    /** Each paragraph of every description is one string that picocli wraps: a line running on into the next (which starts in lower case) is a hard break. */
    @Test
    void helpParagraphsAreNotHardWrapped(Workspace ws) {
        List<String> broken = new ArrayList<>();
        walk(ShoalCli.commandLine(new Session(ws.env(), ws.root(), System.in, System.out, System.err, () -> Terminal.PIPE)), broken);
        assertEquals(List.of(), broken);
    }

    private static void walk(CommandLine command, List<String> broken) {
        String[] lines = command.getCommandSpec().usageMessage().description();
        for (int i = 0; i + 1 < lines.length; i++) {
            boolean continued = !lines[i + 1].isEmpty() && Character.isLowerCase(lines[i + 1].charAt(0));
            if (!lines[i].isEmpty() && continued && !lines[i].matches("(?s).*[.:)]$")) {
                broken.add(command.getCommandSpec().qualifiedName() + ": " + lines[i]);
            }
        }
        command.getSubcommands().values().forEach(sub -> walk(sub, broken));
    }

    @Test
    void usageErrorsAreInShoalsWords(Workspace ws) {
        assertUsageError(ws, "shoal: SHELL: 'xsh' is not one of bash, zsh or fish", "completion", "xsh");
        assertUsageError(ws, "shoal: 'nosuch' is not a column (columns: branch, changes, message, time, path, branch-name, "
                + "upstream, author)", "info", "add", "nosuch");
        assertUsageError(ws, "shoal: --output: 'x' is not one of live, blocks, stream or json", "st", "--output", "x");
        assertUsageError(ws, "shoal: --jobs: 'x' is not a whole number (at least 1)", "st", "-j", "x");
        assertUsageError(ws, "shoal: --position: 'x' is not a whole number", "info", "add", "path", "-p", "x");
        assertUsageError(ws, "shoal: shoal group add needs --name GROUP", "group", "add", "a");
        assertUsageError(ws, "shoal: shoal rename needs NEW", "rename", "a");
        assertUsageError(ws, "shoal: shoal rename did not expect 'c'", "rename", "a", "b", "c");
        assertUsageError(ws, "shoal: --name GROUP can be given once only", "group", "add", "-n", "x", "-n", "y", "a");
        for (String[] args : new String[][] {{"--color=x", "ls"}, {"ll", "--nosuch"}, {"info", "rm"}, {"st", "--timeout"},
                {"freeze", "--format", "x"}, {"st", "--order", "x"}}) {
            ProcessResult result = ws.shoal(args);
            assertEquals(2, result.exitCode(), String.join(" ", args));
            for (String picocli : List.of("Invalid value", "index", "expected one of", "Missing required", "Unknown option",
                    "Unmatched", "should be specified")) {
                assertFalse(result.stderr().contains(picocli), String.join(" ", args) + ": " + result.stderr());
            }
        }
    }

    private static void assertUsageError(Workspace ws, String expected, String... args) {
        ProcessResult result = ws.shoal(args);
        assertEquals(2, result.exitCode(), String.join(" ", args));
        assertEquals(expected, result.stderr().lines().findFirst().orElse(""), String.join(" ", args));
    }
}
