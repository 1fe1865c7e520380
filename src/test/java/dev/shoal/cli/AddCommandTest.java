package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.registry.Group;
import dev.shoal.registry.Registry;
import dev.shoal.registry.RegistryStore;
import dev.shoal.registry.Repo;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WorkspaceExtension.class)
class AddCommandTest {
    Workspace ws;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
    }

    private Registry registry() {
        return new RegistryStore(ws.reposFile()).load();
    }

    @Test
    void addsAWorkTreeNamedAfterItsFolder() throws Exception {
        Path api = ws.repo("src/api");
        ProcessResult result = ws.shoal("add", api.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("added api (" + api.toRealPath() + ")\n", result.stdout());
        Repo repo = registry().requireRepo("api");
        assertEquals(api.toRealPath(), repo.path());
        assertFalse(repo.bare());
    }

    @Test
    void aPathInsideARepoRegistersTheWholeRepo() throws Exception {
        Path api = ws.repo("src/api");
        Files.createDirectories(api.resolve("deep/folder"));
        assertEquals(0, ws.shoal("add", api.resolve("deep/folder").toString()).exitCode());
        assertEquals(api.toRealPath(), registry().requireRepo("api").path());
    }

    @Test
    void addingAgainIsANoOpThatSaysSo() {
        Path api = ws.repo("src/api");
        ws.shoal("add", api.toString());
        String before = ws.readReposFile();
        ProcessResult again = ws.shoal("add", api.toString());
        assertEquals(0, again.exitCode());
        assertTrue(again.stdout().startsWith("api: already registered"), again.stdout());
        assertEquals(before, ws.readReposFile());
    }

    @Test
    void aNameClashPutsTheParentFolderInFront() {
        ws.shoal("add", ws.repo("work/api").toString());
        ProcessResult second = ws.shoal("add", ws.repo("play/api").toString());
        assertEquals(0, second.exitCode());
        assertTrue(second.stdout().startsWith("added play/api "), second.stdout());
        assertEquals(List.of("api", "play/api"), registry().repos().stream().map(Repo::name).toList());
    }

    @Test
    void pathsThatAreNotReposAreReportedAndTheRestIsAdded() throws Exception {
        Path api = ws.repo("src/api");
        Files.createDirectories(ws.path("plain"));
        ProcessResult result = ws.shoal("add", ws.path("plain").toString(), api.toString(), ws.path("nowhere").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("plain: not a git repository"), result.stderr());
        assertTrue(result.stderr().contains("nowhere: no such folder"), result.stderr());
        assertTrue(registry().repo("api").isPresent());
    }

    @Test
    void bareReposNeedTheBareFlagAndLoseTheirDotGit() throws Exception {
        Path bare = ws.git().bare(ws.path("mirrors/my.lib.git"));
        ProcessResult without = ws.shoal("add", bare.toString());
        assertEquals(1, without.exitCode());
        assertTrue(without.stderr().contains("a bare repository; add it with -b"), without.stderr());
        assertFalse(Files.exists(ws.reposFile()));

        assertEquals(0, ws.shoal("add", "-b", bare.toString()).exitCode());
        Repo repo = registry().requireRepo("my.lib");
        assertTrue(repo.bare());
        assertEquals(bare.toRealPath(), repo.path());
    }

    @Test
    void linkedWorktreesAreRegistered() throws Exception {
        Path api = ws.repo("src/api");
        ws.git().run(api, "worktree", "add", "-q", "-b", "feature", ws.path("src/api-feature").toString());
        assertEquals(0, ws.shoal("add", ws.path("src/api-feature").toString()).exitCode());
        assertEquals(ws.path("src/api-feature").toRealPath(), registry().requireRepo("api-feature").path());
    }

    @Test
    void recursiveFindsNestedReposAndSubmodulesButNeverLooksInsideDotGit() throws Exception {
        ws.repo("src/a");
        ws.repo("src/group/b");
        Path withSub = ws.repo("src/c");
        Path library = ws.repo("lib");
        ws.git().run(withSub, "submodule", "add", "-q", library.toString(), "vendor/lib");
        ws.git().run(withSub, "commit", "-q", "-m", "add submodule");

        ProcessResult all = ws.shoal("add", "-r", ws.path("src").toString());
        assertEquals(0, all.exitCode(), all.stderr());
        assertEquals(List.of("a", "b", "c", "lib"), registry().repos().stream().map(Repo::name).toList());

        ws.shoal("clear", "-y");
        assertEquals(0, ws.shoal("add", "-r", "-s", ws.path("src").toString()).exitCode());
        assertEquals(List.of("a", "b", "c"), registry().repos().stream().map(Repo::name).toList());
    }

    @Test
    void recursiveWithBareFindsBareReposToo() {
        ws.repo("src/a");
        ws.git().bare(ws.path("src/b.git"));
        ws.shoal("add", "-r", ws.path("src").toString());
        assertEquals(List.of("a"), registry().repos().stream().map(Repo::name).toList());
        ws.shoal("add", "-r", "-b", ws.path("src").toString());
        assertEquals(List.of("a", "b"), registry().repos().stream().map(Repo::name).toList());
    }

    @Test
    void autoGroupMakesAGroupPerFolderWithItsPath() throws Exception {
        ws.repo("src/top");
        ws.repo("src/libs/x");
        ws.repo("src/libs/y");
        assertEquals(0, ws.shoal("add", "-a", ws.path("src").toString()).exitCode());
        Registry registry = registry();
        Group src = registry.requireGroup("src");
        Group libs = registry.requireGroup("src-libs");
        assertEquals(Set.of("top", "x", "y"), Set.copyOf(src.members()));
        assertEquals(ws.path("src").toRealPath(), src.path().orElseThrow());
        assertEquals(Set.of("x", "y"), Set.copyOf(libs.members()));
        assertEquals(ws.path("src/libs").toRealPath(), libs.path().orElseThrow());
    }

    @Test
    void groupOptionPutsTheReposInAGroup() {
        ws.shoal("add", "-g", "work", ws.repo("a").toString(), ws.repo("b").toString());
        assertEquals(List.of("a", "b"), registry().requireGroup("work").members());
    }

    @Test
    void dryRunChangesNothing() {
        ProcessResult result = ws.shoal("add", "-n", ws.repo("a").toString());
        assertEquals(0, result.exitCode());
        assertTrue(result.stdout().startsWith("would add a "), result.stdout());
        assertFalse(Files.exists(ws.reposFile()));
    }
}
