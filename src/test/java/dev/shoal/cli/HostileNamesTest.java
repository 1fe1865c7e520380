package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.registry.RegistryStore;
import dev.shoal.registry.Repo;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Names and text from repos that try to be options, two lines, or terminal commands. */
@ExtendWith(WorkspaceExtension.class)
class HostileNamesTest {
    private static final String TITLE = "\u001b]0;pwned\u0007";
    private static final Terminal SCREEN = new Terminal(false, true, 200);
    Workspace ws;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        ws.env().put("NO_COLOR", "1");
    }

    private List<String> names() {
        return new RegistryStore(ws.reposFile()).load().repos().stream().map(Repo::name).toList();
    }

    @Test
    void aFolderNameStartingWithADashGetsItsParentInFrontAndWorksEverywhere() {
        ws.repo("src/-x");
        ProcessResult added = ws.shoal("add", ws.path("src/-x").toString());
        assertEquals(0, added.exitCode(), added.stderr());
        assertEquals(List.of("src/-x"), names());

        ProcessResult failed = ws.shoal("shell", "false");
        assertTrue(failed.stderr().contains("rerun: shoal shell src/-x -- false"), failed.stderr());
        ProcessResult rerun = ws.shoal("shell", "src/-x", "--", "true");
        assertEquals(0, rerun.exitCode(), rerun.stderr());
        ProcessResult removed = ws.shoal("rm", "src/-x");
        assertEquals(0, removed.exitCode(), removed.stderr());
        assertEquals(List.of(), names());
    }

    @Test
    void namesThatAreEmptyDotsDashesOrHoldControlCharactersAreRefused() throws IOException {
        ws.registeredRepos("api");
        for (String name : List.of("", ".", "..", "-x", "a\nb", "a" + TITLE)) {
            ProcessResult renamed = ws.shoal("rename", "--", "api", name);
            assertEquals(2, renamed.exitCode(), name + ": " + renamed.stderr());
            assertFalse(renamed.stderr().contains("\u001b") || renamed.stderr().strip().contains("\n"), renamed.stderr());
        }
        ProcessResult group = ws.shoal("group", "add", "api", "-n", "g", "-p", ws.path("a\nb").toString());
        assertEquals(2, group.exitCode(), group.stderr());
        assertEquals(List.of("api"), names());

        Path file = ws.reposFile();
        Files.writeString(file, "repos:\n  \"a\\nb\": {path: " + ws.path("src/api") + "}\n");
        ProcessResult ls = ws.shoal("ls");
        assertEquals(2, ls.exitCode(), ls.stderr());
        assertEquals("shoal: " + file + ":2:11: 'a^Jb': a name cannot hold control characters or line breaks\n", ls.stderr());
    }

    @Test
    void aFolderWhoseNameHoldsControlCharactersIsNotAdded() {
        ws.repo("src/api");
        ws.repo("src/evil" + TITLE);
        ProcessResult added = ws.shoal("add", "-r", ws.path("src").toString());
        assertEquals(1, added.exitCode(), added.stderr());
        assertEquals(List.of("api"), names());
        assertTrue(added.stderr().contains("evil^[]0;pwned^G: not added"), added.stderr());
        assertFalse(added.stderr().contains("\u001b"), added.stderr());
    }

    @Test
    void controlCharactersFromARepoAreShownOnATerminalAndKeptWhenPiped() {
        Path api = ws.repo("src/api");
        ws.git().run(api, "commit", "-q", "--allow-empty", "-m", TITLE + "subject \u001b[31mred");
        assertEquals(0, ws.shoal("add", api.toString()).exitCode());

        ProcessResult screen = ws.shoalIn(ws.root(), SCREEN, "ll");
        assertEquals(0, screen.exitCode(), screen.stderr());
        assertTrue(screen.stdout().contains("^[]0;pwned^Gsubject ^[[31mred"), screen.stdout());
        assertFalse(screen.stdout().contains("\u001b") || screen.stdout().contains("\u0007"), screen.stdout());

        ProcessResult piped = ws.shoal("ll");
        assertTrue(piped.stdout().contains(TITLE + "subject \u001b[31mred"), piped.stdout());
        ProcessResult json = ws.shoal("ll", "--json");
        assertTrue(json.stdout().contains("\\u001B]0;pwned\\u0007subject"), json.stdout());
    }
}
