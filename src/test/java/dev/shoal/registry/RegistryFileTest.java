package dev.shoal.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** repos.yml: broken files are reported with line and column and left alone; odd names survive. */
@ExtendWith(WorkspaceExtension.class)
class RegistryFileTest {
    Workspace ws;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
    }

    @Test
    void aFileThatDoesNotParseIsReportedWithLineAndColumnAndNeverOverwritten() throws Exception {
        Path repo = ws.repo("a");
        String broken = "repos:\n  a:\n    path: /x\n  b: [unclosed\n";
        Git.write(ws.reposFile(), broken);
        byte[] before = Files.readAllBytes(ws.reposFile());
        ProcessResult result = ws.shoal("add", repo.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().matches("shoal: .*repos\\.yml:5:1: .*\\n"), result.stderr());
        assertEquals(1, result.stderr().lines().count());
        assertArrayEquals(before, Files.readAllBytes(ws.reposFile()));
        assertEquals(2, ws.shoal("ls").exitCode());
    }

    @Test
    void aFileThatParsesButMakesNoSensePointsAtTheValue() throws Exception {
        Git.write(ws.reposFile(), "repos:\n  a:\n    path: relative/path\n");
        ProcessResult result = ws.shoal("ls");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("repos.yml:3:11: the path of repo 'a' must be absolute"), result.stderr());

        Git.write(ws.reposFile(), "repos:\n  - a\n");
        assertTrue(ws.shoal("ls").stderr().contains("repos.yml:2:3: 'repos' must be a mapping"));

        Git.write(ws.reposFile(), "repos:\n  a: {path: /a}\ngroups:\n  g: {members: [a, b]}\n");
        assertTrue(ws.shoal("ls").stderr().contains("repos.yml:4:6: group 'g' lists 'b', which is not a registered repo"));

        Git.write(ws.reposFile(), "repos:\n  a: {path: /a}\n  a: {path: /b}\n");
        assertTrue(ws.shoal("ls").stderr().contains("repos.yml:3:3:"), ws.shoal("ls").stderr());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "on", "1.10", "~", "null", "true", "with space", "ünïcödé", "日本", "#hash", "a: b", "'quoted'"})
    void yamlHostileNamesStayStrings(String name) throws Exception {
        ws.repo("a");
        ws.shoal("add", ws.path("a").toString());
        ProcessResult rename = ws.shoal("rename", "a", name);
        assertEquals(0, rename.exitCode(), rename.stderr());
        assertEquals(name + "\n", ws.shoal("ls").stdout());
        assertEquals(0, ws.shoal("group", "add", name, "-n", name + "-group").exitCode());
        assertEquals(List.of(name), new RegistryStore(ws.reposFile()).load().requireGroup(name + "-group").members());
    }

    @Test
    void keysShoalDoesNotKnowAreKept() throws Exception {
        Path a = ws.repo("a").toRealPath();
        Git.write(ws.reposFile(), "repos:\n  a:\n    path: " + a + "\n    note: mine\n"
                + "groups: {}\nsettings:\n  mine: [1, 2]\n");
        ws.shoal("add", ws.repo("b").toString());
        Registry registry = new RegistryStore(ws.reposFile()).load();
        assertEquals(Set.of("note"), registry.requireRepo("a").extra().keySet());
        assertTrue(registry.repo("b").isPresent());
        String written = ws.readReposFile();
        assertTrue(written.contains("    path: " + a + "\n    note: mine\n"), written);
        assertTrue(written.endsWith("settings:\n  mine:\n  - 1\n  - 2\n"), written);
    }
}
