package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Fleet;
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

/** {@code shoal info} and {@code shoal color}: what they store in settings.yml, and what ll makes of it. */
@ExtendWith(WorkspaceExtension.class)
class InfoAndColorCommandTest {
    Workspace workspace;
    Path ahead;

    @BeforeEach
    void oneRepoAhead(Workspace workspace) {
        this.workspace = workspace;
        Fleet fleet = Fleet.small(workspace);
        ahead = fleet.member("ahead").path();
        assertEquals(0, workspace.shoal("add", ahead.toString()).exitCode());
    }

    @Test
    void infoListsTheColumnsInUseThenTheOthers() {
        String listing = workspace.shoal("info").stdout();
        assertTrue(listing.startsWith("In use:\n  branch "), listing);
        assertTrue(listing.indexOf("  time ") < listing.indexOf("Unused:"), listing);
        assertTrue(listing.indexOf("Unused:") < listing.indexOf("  path "), listing);
        assertEquals(listing, workspace.shoal("info", "ls").stdout());
    }

    @Test
    void infoAddAndRmChooseAndOrderTheColumns() {
        assertEquals("columns: branch changes message time path\n", workspace.shoal("info", "add", "path").stdout());
        assertTrue(ll().endsWith(ahead.toString()), ll());
        assertEquals("columns: author branch changes message time path\n",
                workspace.shoal("info", "add", "author", "-p", "1").stdout());
        assertTrue(ll().matches("ahead +Test Author +main ↑1 .*"), ll());
        assertEquals("columns: author branch path\n", workspace.shoal("info", "rm", "changes", "message", "time").stdout());
        assertEquals("columns: path author branch\n", workspace.shoal("info", "add", "path", "--position=1").stdout(),
                "adding a shown column moves it");
        assertTrue(settings().startsWith("info:\n- path\n- author\n- branch\n"), settings());
        assertEquals("columns: none (only names)\n", workspace.shoal("info", "rm", "path", "author", "branch").stdout());
        assertEquals("ahead", ll());
    }

    @Test
    void aColumnThatDoesNotExistIsAUsageError() {
        ProcessResult result = workspace.shoal("info", "add", "pth");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("'pth' is not a column; did you mean path?"), result.stderr());
        assertFalse(Files.exists(workspace.configHome().resolve("settings.yml")), "nothing written");
    }

    @Test
    void colorSetChangesAStateColorAndResetTakesItBack() {
        assertEquals("ahead: blue\n", workspace.shoal("color", "set", "ahead", "blue").stdout());
        assertEquals("colors:\n  ahead: blue\n", settings());
        assertTrue(workspace.shoal("--color=always", "ll").stdout().contains("\u001b[34mmain ↑1"), "blue now");
        assertTrue(workspace.shoal("color").stdout().contains("ahead       blue     commits to push (default purple)"),
                workspace.shoal("color").stdout());
        assertEquals("reset: ahead\n", workspace.shoal("color", "reset", "ahead").stdout());
        assertTrue(workspace.shoal("--color=always", "ll").stdout().contains("\u001b[35mmain ↑1"), "purple again");
        assertEquals("{}\n", settings());
    }

    @Test
    void colorLsShowsEveryStateAndThePalette() {
        String listing = workspace.shoal("color", "ls").stdout();
        for (String state : new String[] {"in-sync", "ahead", "behind", "diverged", "no-upstream", "gone", "missing", "error"}) {
            assertTrue(listing.contains("\n" + state + " ") || listing.startsWith(state + " "), state + " in " + listing);
        }
        assertTrue(listing.contains("Colors: default black red green"), listing);
        assertFalse(listing.contains("\u001b["), "plain when piped");
    }

    @Test
    void aColorOrStateThatDoesNotExistIsAUsageError() {
        ProcessResult color = workspace.shoal("color", "set", "ahead", "bleu");
        assertEquals(2, color.exitCode());
        assertTrue(color.stderr().contains("'bleu' is not a color; did you mean blue?"), color.stderr());
        ProcessResult state = workspace.shoal("color", "set", "ahaed", "blue");
        assertEquals(2, state.exitCode());
        assertTrue(state.stderr().contains("'ahaed' is not a state; did you mean ahead?"), state.stderr());
    }

    @Test
    void settingsKeepKeysShoalDoesNotKnow() {
        writeSettings("future:\n  feature: on\ninfo: [branch]\n");
        workspace.shoal("info", "add", "path");
        assertEquals("info:\n- branch\n- path\nfuture:\n  feature: on\n", settings());
    }

    @Test
    void mistakesInSettingsAreReportedWithLineAndColumn() {
        writeSettings("info: [branch, pth]\n");
        ProcessResult result = workspace.shoal("ll");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("settings.yml:1:16: 'pth' is not a column; did you mean path?"), result.stderr());
        writeSettings("colors:\n  ahed: red\n");
        assertTrue(workspace.shoal("ll").stderr().contains("settings.yml:2:9: 'ahed' is not a state; did you mean ahead?"),
                workspace.shoal("ll").stderr());
        writeSettings("colors:\n  ahead: [red]\n");
        assertTrue(workspace.shoal("color").stderr().contains("settings.yml:2:10: the color of 'ahead' must be a single value"),
                workspace.shoal("color").stderr());
        assertEquals("colors:\n  ahead: [red]\n", settings(), "a broken file is never overwritten");
        assertEquals(2, workspace.shoal("color", "set", "ahead", "red").exitCode());
    }

    private String ll() {
        return workspace.shoal("ll").stdout().strip();
    }

    private String settings() {
        try {
            return Files.readString(workspace.configHome().resolve("settings.yml"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void writeSettings(String text) {
        Git.write(workspace.configHome().resolve("settings.yml"), text);
    }
}
