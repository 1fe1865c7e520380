package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.registry.Registry;
import dev.shoal.registry.RegistryStore;
import dev.shoal.registry.Repo;
import dev.shoal.run.ShellWords;
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

/** clone URL and clone -f: plans, folders already there, folders in the way, and exit codes. */
@ExtendWith(WorkspaceExtension.class)
class CloneCommandTest {
    Workspace ws;
    Path remotes;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        remotes = ws.remotesFrom(ws.repo("seed"), "my.lib", "api", "site");
    }

    private Registry registry() {
        return new RegistryStore(ws.reposFile()).load();
    }

    private Path manifest(String yaml) throws IOException {
        Path file = ws.path("manifest.yml");
        Files.writeString(file, yaml.replace("@R@", remotes.toString()));
        return file;
    }

    private static final String TWO = """
            repos:
              api: {path: /old/home/src/api, branch: main, remotes: {origin: @R@/api.git}}
              site: {path: /old/home/src/web/site, branch: main, remotes: {origin: @R@/site.git}}
              notes: {path: /old/home/src/notes, branch: main, local-only: true}
            groups:
              web: {members: [site], path: /old/home/src/web}
            """;

    /** api clones; gone's remote is not there (until a test makes it). */
    private static final String API_AND_GONE = """
            repos:
              api: {path: api, remotes: {origin: @R@/api.git}}
              gone: {path: gone, remotes: {origin: @R@/gone.git}}
            """;

    @Test
    void cloneOfAUrlWithDotsRegistersItUnderItsFolderName() {
        Path code = ws.path("code");
        ProcessResult result = ws.shoal("clone", remotes.resolve("my.lib.git").toString(), "-C", code.toString(), "-g", "libs");
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(Files.isRegularFile(code.resolve("my.lib/README.md")));
        assertEquals(code.resolve("my.lib"), registry().requireRepo("my.lib").path());
        assertEquals(List.of("my.lib"), registry().requireGroup("libs").members());
        assertTrue(result.stdout().contains("added my.lib (" + code.resolve("my.lib") + ")"), result.stdout());
    }

    @Test
    void cloneOfARepoAlreadyThereRegistersItAndOfSomethingElseFails() throws IOException {
        Path code = ws.path("code");
        ws.git().run(ws.root(), "clone", "-q", remotes.resolve("api.git").toString(), code.resolve("api").toString());
        ProcessResult present = ws.shoal("clone", remotes.resolve("api.git") + "/", "-C", code.toString());
        assertEquals(0, present.exitCode(), present.stderr());
        assertEquals(code.resolve("api"), registry().requireRepo("api").path());

        Files.createDirectories(code.resolve("site"));
        Files.writeString(code.resolve("site/keep.txt"), "mine\n");
        ProcessResult blocked = ws.shoal("clone", remotes.resolve("site.git").toString(), "-C", code.toString());
        assertEquals(1, blocked.exitCode());
        assertEquals("shoal: site: " + code.resolve("site") + " exists and is not a git repository\n", blocked.stderr());
        assertEquals(List.of(code.resolve("site/keep.txt")), list(code.resolve("site")));
        assertTrue(registry().repo("site").isEmpty());
    }

    @Test
    void aCloneThatFailsRegistersNothing() {
        ProcessResult result = ws.shoal("clone", remotes.resolve("nowhere.git").toString(), "-C", ws.path("code").toString());
        assertEquals(1, result.exitCode());
        assertTrue(registry().repos().isEmpty());
        assertFalse(Files.exists(ws.path("code/nowhere")));
    }

    @Test
    void aDryRunPrintsThePlanAndChangesNothing() throws IOException {
        Path file = manifest(TWO);
        Path code = ws.path("code");
        ProcessResult plan = ws.shoal("clone", "-n", "-f", file.toString(), "-C", code.toString());
        assertEquals(0, plan.exitCode(), plan.stderr());
        assertEquals(List.of(
                "api    clone       " + code.resolve("api") + "       from " + remotes.resolve("api.git") + ", branch main",
                "site   clone       " + code.resolve("web/site") + "  from " + remotes.resolve("site.git") + ", branch main",
                "notes  local-only  " + code.resolve("notes") + "     no remote to clone from"), plan.lines());
        assertFalse(Files.exists(code));
        assertFalse(Files.exists(ws.reposFile()));
    }

    @Test
    void aFolderInTheWayFailsThatRepoAloneAndTheRestIsClonedAndGrouped() throws IOException {
        Path file = manifest(TWO);
        Path code = ws.path("code");
        Files.createDirectories(code.resolve("api"));
        Files.writeString(code.resolve("api/mine.txt"), "mine\n");

        ProcessResult dry = ws.shoal("clone", "-n", "-f", file.toString(), "-C", code.toString());
        assertEquals(1, dry.exitCode(), "the real run would fail for api");
        assertTrue(dry.stdout().contains("api    error  "), dry.stdout());

        ProcessResult result = ws.shoal("clone", "-f", file.toString(), "-C", code.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("api: " + code.resolve("api") + " exists and is not a git repository"), result.stderr());
        assertEquals(List.of(code.resolve("api/mine.txt")), list(code.resolve("api")));
        assertEquals(List.of("site"), registry().repos().stream().map(Repo::name).toList());
        assertEquals(code.resolve("web"), registry().requireGroup("web").path().orElseThrow());
    }

    @Test
    void preservePathsClonesAtTheRecordedAbsolutePaths() throws IOException {
        Path old = ws.path("old-home");
        Path file = manifest(TWO.replace("/old/home", old.toString()));
        ProcessResult result = ws.shoal("clone", "-p", "-f", file.toString(), "-C", ws.path("ignored").toString());
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(old.resolve("src/web/site"), registry().requireRepo("site").path());
        assertTrue(Files.isDirectory(old.resolve("src/api/.git")));
        assertFalse(Files.exists(ws.path("ignored/api")));
    }

    @Test
    void aManifestCanComeFromStdinAndALocalOnlyRepoAlreadyThereIsRegistered() throws IOException {
        Path code = ws.path("code");
        ws.repo("code/notes");
        String text = TWO.replace("@R@", remotes.toString());
        ProcessResult result = ws.shoalWithInput(ws.root(), Terminal.PIPE, text, "clone", "-f", "-", "-C", code.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals(List.of("api", "notes", "site"), registry().repos().stream().map(Repo::name).toList());
    }

    @Test
    void aRepoInsideAnotherIsClonedAfterIt() throws IOException {
        Path file = manifest("""
                repos:
                  site: {path: api/vendor/site, remotes: {origin: @R@/site.git}}
                  api: {path: api, remotes: {origin: @R@/api.git}}
                """);
        Path code = ws.path("code");
        ProcessResult result = ws.shoal("clone", "-f", file.toString(), "-C", code.toString());
        assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(Files.isRegularFile(code.resolve("api/README.md")));
        assertTrue(Files.isRegularFile(code.resolve("api/vendor/site/README.md")));
    }

    @Test
    void aFailedCloneIsReportedWithTheCommandThatClonesItAgain() throws IOException {
        Path file = manifest(API_AND_GONE);
        Path code = ws.path("code");
        ProcessResult result = ws.shoal("clone", "-f", file.toString(), "-C", code.toString(), "--output", "json");
        assertEquals(1, result.exitCode());
        assertEquals(2, result.lines().size(), "stdout holds the JSON objects alone: " + result.stdout());
        assertTrue(result.stderr().contains("added api (" + code.resolve("api") + ")"), result.stderr());
        assertTrue(result.stderr().contains("rerun: shoal clone --output json -f " + file + " -C " + code + " gone"), result.stderr());

        ws.git().bare(remotes.resolve("gone.git"));
        ProcessResult again = ws.shoal("clone", "--output", "json", "-f", file.toString(), "-C", code.toString(), "gone");
        assertEquals(0, again.exitCode(), again.stderr());
        assertEquals(List.of("api", "gone"), registry().repos().stream().map(Repo::name).toList());
    }

    @Test
    void theRerunOfAManifestFromStdinSaysToPipeItAgainAndDoesWhatFailedWhenItIs() throws IOException {
        Path file = manifest(API_AND_GONE);
        Path code = ws.path("code");
        ProcessResult result = ws.shoalWithInput(ws.root(), Terminal.PIPE, Files.readString(file), "clone", "-f", "-", "-C", code.toString());
        assertEquals(1, result.exitCode(), result.stderr());
        String rerun = ShellWords.join(List.of("shoal", "clone", "-f", "-", "-C", code.toString(), "gone"));
        List<String> said = result.stderr().lines().toList();
        assertEquals(List.of("rerun: " + rerun, "shoal: the manifest came from stdin: pipe the same one into that command"),
                said.subList(said.size() - 2, said.size()), result.stderr());

        ws.git().bare(remotes.resolve("gone.git"));
        ProcessResult again = ws.inShell("cat " + ShellWords.quote(file.toString()) + " | " + rerun);
        assertEquals(0, again.exitCode(), again.stdout() + again.stderr());
        assertEquals(List.of("api", "gone"), registry().repos().stream().map(Repo::name).toList());
    }

    @Test
    void aManifestFromStdinIsNotWaitedForOnATerminal() {
        ProcessResult pasted = ws.shoalWithInput(ws.root(), new Terminal(true, true, 80), "", "clone", "-f", "-", "gone");
        assertEquals(2, pasted.exitCode(), pasted.stderr());
        assertEquals("shoal: clone -f -: stdin is a terminal; pipe the manifest in (shoal freeze | shoal clone -f -)\n", pasted.stderr());
    }

    @Test
    void usageMistakesExitWithTwo() throws IOException {
        assertEquals(2, ws.shoal("clone", "-f", ws.path("missing.yml").toString()).exitCode());
        assertEquals(2, ws.shoal("clone", "-p", remotes.resolve("api.git").toString()).exitCode());
        ProcessResult unknown = ws.shoal("clone", "-f", manifest(TWO).toString(), "apj");
        assertEquals(2, unknown.exitCode());
        assertEquals("shoal: no repo named 'apj' in " + ws.path("manifest.yml") + "; did you mean api?\n", unknown.stderr());
        ProcessResult broken = ws.shoal("clone", "-f", manifest("repos:\n  api: [x\n").toString());
        assertEquals(2, broken.exitCode());
        assertTrue(broken.stderr().startsWith("shoal: " + ws.path("manifest.yml") + ":"), broken.stderr());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }
}
