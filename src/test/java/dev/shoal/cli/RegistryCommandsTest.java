package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.registry.Registry;
import dev.shoal.registry.RegistryStore;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Terminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** rm, rename, ls, clear, group and context, on real repos with the config home in a ws.root() dir. */
@ExtendWith(WorkspaceExtension.class)
class RegistryCommandsTest {
    Workspace ws;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        for (String name : List.of("api", "site", "tools")) {
            ws.repo("src/" + name);
        }
        assertEquals(0, ws.shoal("add", "-r", ws.path("src").toString()).exitCode());
        assertEquals(0, ws.shoal("group", "add", "api", "site", "-n", "web", "-p", ws.path("src").toString()).exitCode());
    }

    private Registry registry() {
        return new RegistryStore(ws.reposFile()).load();
    }

    @Test
    void rmUnregistersAndLeavesFilesAndGroups() {
        ProcessResult result = ws.shoal("rm", "api");
        assertEquals(0, result.exitCode());
        assertTrue(result.stdout().startsWith("removed api (files left in "), result.stdout());
        assertTrue(Files.isDirectory(ws.path("src/api/.git")));
        assertEquals(List.of("site"), registry().requireGroup("web").members());
    }

    @Test
    void rmOfAnUnknownNameChangesNothingAndSuggests() {
        String before = ws.readReposFile();
        ProcessResult result = ws.shoal("rm", "site", "apj");
        assertEquals(2, result.exitCode());
        assertEquals("shoal: no repo named 'apj'; did you mean api?\n", result.stderr());
        assertEquals(before, ws.readReposFile());
    }

    @Test
    void renameFollowsIntoGroupsAndRefusesTakenNames() {
        assertEquals(0, ws.shoal("rename", "api", "backend").exitCode());
        assertEquals(List.of("backend", "site"), registry().requireGroup("web").members());
        ProcessResult toRepo = ws.shoal("rename", "backend", "site");
        assertEquals(2, toRepo.exitCode());
        assertEquals("shoal: 'site' is already a repo\n", toRepo.stderr());
        ProcessResult toGroup = ws.shoal("rename", "backend", "web");
        assertEquals(2, toGroup.exitCode());
        assertEquals("shoal: 'web' is already a group\n", toGroup.stderr());
        assertEquals(2, ws.shoal("rename", "backend", "auto").exitCode());
    }

    @Test
    void lsPrintsOneNamePerLineWhenPipedAndPathsOfOneRepo() throws Exception {
        assertEquals("api\nsite\ntools\n", ws.shoal("ls").stdout());
        assertEquals(ws.path("src/site").toRealPath() + "\n", ws.shoal("ls", "site").stdout());
        ProcessResult onTerminal = ws.shoalIn(ws.root(), new Terminal(false, true, 80), "ls");
        assertEquals("api site tools\n", onTerminal.stdout());
    }

    @Test
    void aVanishedRepoIsReportedAndBreaksNothing() throws Exception {
        deleteTree(ws.path("src/tools"));
        ProcessResult ls = ws.shoal("ls");
        assertEquals(0, ls.exitCode());
        assertEquals("api\nsite\ntools\n", ls.stdout());
        assertTrue(ls.stderr().contains("1 repo is missing: tools (unregister with: shoal rm tools)"), ls.stderr());
        ProcessResult one = ws.shoal("ls", "tools");
        assertEquals(1, one.exitCode());
        assertTrue(one.stderr().contains("tools is missing"), one.stderr());
        assertEquals(0, ws.shoal("group", "add", "api", "-n", "other").exitCode());
        assertEquals(0, ws.shoal("rm", "tools").exitCode());
    }

    @Test
    void colorsOnlyWhereAsked() throws Exception {
        deleteTree(ws.path("src/tools"));
        Terminal terminal = new Terminal(false, true, 80);
        assertTrue(ws.shoalIn(ws.root(), terminal, "ls").stdout().contains("\u001b[31mtools(missing)"));
        assertFalse(ws.shoalIn(ws.root(), terminal, "--color=never", "ls").stdout().contains("\u001b["));
        ws.env().put("NO_COLOR", "1");
        assertFalse(ws.shoalIn(ws.root(), terminal, "ls").stdout().contains("\u001b["));
        assertTrue(ws.shoalIn(ws.root(), terminal, "--color=always", "ls").stdout().contains("\u001b[31m"));
    }

    @Test
    void clearAsksOnATerminalAndRefusesWithoutOne() {
        ProcessResult piped = ws.shoal("clear");
        assertEquals(2, piped.exitCode());
        assertTrue(piped.stderr().contains("pass -y"), piped.stderr());
        assertEquals(3, registry().repos().size());

        Terminal terminal = new Terminal(true, true, 80);
        assertEquals(0, ws.shoalWithInput(ws.root(), terminal, "n\n", "clear").exitCode());
        assertEquals(3, registry().repos().size());
        ProcessResult yes = ws.shoalWithInput(ws.root(), terminal, "y\n", "clear");
        assertEquals("cleared 3 repos\n", yes.stdout());
        assertTrue(registry().repos().isEmpty());
        assertTrue(registry().groups().isEmpty());
    }

    @Test
    void groupAddExtendsAndKeepsThePath() throws Exception {
        assertEquals(0, ws.shoal("group", "add", "tools", "-n", "web").exitCode());
        assertEquals(List.of("api", "site", "tools"), registry().requireGroup("web").members());
        assertEquals(Optional.of(ws.path("src")), registry().requireGroup("web").path());
        ProcessResult clash = ws.shoal("group", "add", "api", "-n", "site");
        assertEquals(2, clash.exitCode());
        assertTrue(clash.stderr().contains("already a repo"), clash.stderr());
        assertEquals(2, ws.shoal("group", "add", "nope", "-n", "web").exitCode());
    }

    @Test
    void groupRmRepoLsLlAndRename() {
        assertEquals(0, ws.shoal("group", "rmrepo", "site", "-n", "web").exitCode());
        assertEquals(List.of("api"), registry().requireGroup("web").members());
        assertEquals(2, ws.shoal("group", "rmrepo", "tools", "-n", "web").exitCode());
        ws.shoal("group", "add", "tools", "-n", "ops");
        assertEquals("ops\nweb\n", ws.shoal("group", "ls").stdout());
        assertEquals("ops: tools\nweb (" + ws.path("src") + "): api\n", ws.shoal("group", "ll").stdout());
        assertEquals(0, ws.shoal("group", "rename", "ops", "infra").exitCode());
        assertEquals("infra\nweb\n", ws.shoal("group", "ls").stdout());
        assertEquals(2, ws.shoal("group", "rename", "infra", "api").exitCode());
    }

    @Test
    void removingOrRenamingTheContextGroupKeepsTheContextConsistent() {
        assertEquals(0, ws.shoal("context", "web").exitCode());
        assertEquals(0, ws.shoal("group", "rename", "web", "front").exitCode());
        assertEquals("context: front\n", ws.shoal("context").stdout());
        ProcessResult rm = ws.shoal("group", "rm", "front");
        assertTrue(rm.stdout().contains("context cleared"), rm.stdout());
        assertEquals("context: none (commands act on every repo)\n", ws.shoal("context").stdout());
        assertEquals(0, ws.shoal("ls").exitCode());
    }

    @Test
    void contextChoicesAndErrors() {
        assertEquals(2, ws.shoal("context", "nope").exitCode());
        assertEquals(0, ws.shoal("context", "auto").exitCode());
        ws.shoal("group", "add", "tools", "-n", "deep", "-p", ws.path("src/tools").toString());
        ProcessResult inTools = ws.shoalIn(ws.path("src/tools/sub"), Terminal.PIPE, "context");
        assertEquals("context: auto (here: deep)\n", inTools.stdout());
        ProcessResult inSrc = ws.shoalIn(ws.path("src"), Terminal.PIPE, "context");
        assertEquals("context: auto (here: web)\n", inSrc.stdout());
        assertEquals(0, ws.shoal("context", "none").exitCode());
        assertFalse(ws.readReposFile().contains("context"));
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
