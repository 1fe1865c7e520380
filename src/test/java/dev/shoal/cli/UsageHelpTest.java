package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Ansi;
import dev.shoal.ui.Terminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WorkspaceExtension.class)
class UsageHelpTest {
    private static final Terminal NARROW = new Terminal(false, true, 60);

    @Test
    void helpFitsTheTerminal(Workspace workspace) {
        ProcessResult result = workspace.shoalIn(workspace.root(), NARROW, "--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.stdout().lines().anyMatch(line -> Ansi.visibleLength(line) > 50), result.stdout());
        assertTrue(result.stdout().lines().allMatch(line -> Ansi.visibleLength(line) <= 60), result.stdout());
    }

    @Test
    void helpIsColoredOnATerminalUnlessNoColorIsSet(Workspace workspace) {
        assertTrue(workspace.shoalIn(workspace.root(), NARROW, "ls", "--help").stdout().contains("\u001b["));
        assertFalse(workspace.shoalIn(workspace.root(), NARROW, "--color=never", "ls", "--help").stdout().contains("\u001b["));
        workspace.env().put("NO_COLOR", "1");
        assertFalse(workspace.shoalIn(workspace.root(), NARROW, "ls", "--help").stdout().contains("\u001b["));
    }

    @Test
    void pipedHelpIsPlainAndEightyColumnsWide(Workspace workspace) {
        ProcessResult result = workspace.shoal("group", "--help");
        assertFalse(result.stdout().contains("\u001b["), result.stdout());
        assertTrue(result.stdout().lines().allMatch(line -> line.length() <= 80), result.stdout());
        assertTrue(workspace.shoal("--color=always", "group", "--help").stdout().contains("\u001b["));
    }

    @Test
    void plainShoalShowsTheSameHelpAsHelp(Workspace workspace) {
        assertEquals(workspace.shoalIn(workspace.root(), NARROW, "--help").stdout(),
                workspace.shoalIn(workspace.root(), NARROW).stdout());
    }
}
