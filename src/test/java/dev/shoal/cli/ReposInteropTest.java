package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.git.GitDir;
import dev.shoal.git.Head;
import dev.shoal.git.HeadFile;
import dev.shoal.registry.Registry;
import dev.shoal.registry.RegistryStore;
import dev.shoal.registry.Repo;
import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** vcstool's .repos format: hand-written files in, the same files out. */
@ExtendWith(WorkspaceExtension.class)
class ReposInteropTest {
    Workspace ws;
    Git git;
    Path remotes;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        git = ws.git();
        Path seed = ws.repo("seed");
        remotes = ws.remotesFrom(seed, "ament_cmake", "rcl", "launch");
        git.run(seed, "tag", "v1.0");
        git.run(seed, "push", "-q", remotes.resolve("rcl.git").toString(), "v1.0");
        git.commit(seed, "later.txt", "later\n", "after the tag");
        git.run(seed, "push", "-q", remotes.resolve("rcl.git").toString(), "main", "main:feat");
    }

    @Test
    void aHandWrittenReposFileClonesAndFreezesBackToTheSameFile() throws IOException {
        String text = resource("workspace.repos");
        Path file = ws.path("workspace.repos");
        Files.writeString(file, text);
        Path ros = ws.path("ros");

        ProcessResult clone = ws.shoal("clone", "-f", file.toString(), "-C", ros.toString());
        assertEquals(0, clone.exitCode(), clone.stdout() + clone.stderr());
        Registry registry = new RegistryStore(ws.reposFile()).load();
        assertEquals(List.of("ament_cmake", "launch", "rcl"), registry.repos().stream().map(Repo::name).toList());
        assertEquals(ros.resolve("src/core/rcl"), registry.requireRepo("rcl").path());
        assertEquals(Head.onBranch("feat"), head(ros.resolve("src/core/rcl")));
        assertEquals("origin\t" + remotes.resolve("rcl.git") + " (fetch)",
                git.run(ros.resolve("src/core/rcl"), "remote", "-v").lines().findFirst().orElseThrow());

        ProcessResult export = ws.shoal("freeze", "--format", "repos", "--relative-to", ros.toString());
        assertEquals(0, export.exitCode(), export.stderr());
        assertEquals(text, export.stdout());
        assertEquals("", export.stderr(), "nothing is lost in the .repos format for these repos");

        Path written = ws.path("out/again.repos");
        assertEquals(0, ws.shoal("freeze", "-o", written.toString(), "--relative-to", ros.toString()).exitCode());
        assertEquals(text, Files.readString(written), "a .repos file name asks for the .repos format");
    }

    @Test
    void tagsAndMissingVersionsCloneAndAnotherVcsIsReportedWhereItStands() throws IOException {
        Path file = ws.path("mixed.repos");
        Files.writeString(file, resource("mixed.repos"));
        Path dir = ws.path("vendor-ws");

        ProcessResult clone = ws.shoal("clone", "-f", file.toString(), "-C", dir.toString());
        assertEquals(1, clone.exitCode(), "an entry that cannot be cloned fails the run, not the others");
        assertTrue(clone.stderr().contains(file + ":9:5: legacy/docs: type 'hg' is not supported"), clone.stderr());
        assertEquals(git.run(remotes.resolve("rcl.git"), "rev-parse", "v1.0^{commit}").strip(),
                head(dir.resolve("vendor/pinned")).commit().orElseThrow(), "detached at the tag, as vcstool leaves it");
        assertEquals(Head.onBranch("main"), head(dir.resolve("vendor/latest")));
        assertEquals(List.of("latest", "pinned"),
                new RegistryStore(ws.reposFile()).load().repos().stream().map(Repo::name).toList());
        assertFalse(Files.exists(dir.resolve("legacy")));
    }

    @Test
    void exportingSaysWhatTheFormatCannotHold() {
        Path lib = ws.cloneOf(remotes.resolve("launch.git"), "ws/lib");
        git.run(lib, "remote", "add", "fork", "https://example.com/me/launch.git");
        ws.repo("ws/notes");
        assertEquals(0, ws.shoal("add", "-r", ws.path("ws").toString()).exitCode());

        ProcessResult export = ws.shoal("freeze", "--format", "repos");
        assertEquals(0, export.exitCode());
        assertEquals("repositories:\n  lib:\n    type: git\n    url: " + remotes.resolve("launch.git") + "\n    version: main\n",
                export.stdout(), "paths are relative to the folder holding every repo");
        assertEquals("shoal: .repos format: left out, no remote to clone from: notes\n"
                + "shoal: .repos format: not kept: 1 remote besides the one cloned from\n", export.stderr());
    }

    private Head head(Path repo) {
        return HeadFile.read(GitDir.of(repo).orElseThrow());
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/shoal/manifest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@REMOTES@", remotes.toString());
        }
    }
}
