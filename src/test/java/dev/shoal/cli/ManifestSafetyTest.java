package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.registry.RegistryStore;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A manifest is data from a stranger: it cannot run code, write outside -C DIR, or pass options to git. */
@ExtendWith(WorkspaceExtension.class)
class ManifestSafetyTest {
    /** {@code FILE:LINE:COL: } at the start of the one line shoal prints. */
    private static final Pattern AT_LINE = Pattern.compile("shoal: \\S+:\\d+:\\d+: [^\\n]+\\n");
    Workspace ws;
    Path remotes;
    Path into;

    @BeforeEach
    void setUp(Workspace workspace) throws IOException {
        ws = workspace;
        remotes = ws.remotesFrom(ws.repo("seed"), "api");
        into = Files.createDirectories(ws.path("deep/down/ws"));
    }

    private Path file(String name, String yaml) throws IOException {
        Path file = ws.path(name);
        Files.writeString(file, yaml.replace("@R@", remotes.toString()));
        return file;
    }

    @Test
    void flagsFromAManifestAreShownButNotAppliedOrSavedWithoutTrustFlags() throws IOException {
        Path marker = ws.path("PWNED");
        Path manifest = file("m.yml", "repos:\n  api: {path: api, remotes: {origin: @R@/api.git}, flags: [-c, 'core.fsmonitor=touch "
                + marker + "']}\n");

        ProcessResult plan = ws.shoal("clone", "-n", "-f", manifest.toString(), "-C", into.toString());
        assertEquals(0, plan.exitCode(), plan.stderr());
        assertTrue(plan.stdout().contains("flags -c 'core.fsmonitor=touch " + marker + "' ignored without --trust-flags"), plan.stdout());

        ProcessResult cloned = ws.shoal("clone", "-f", manifest.toString(), "-C", into.toString());
        assertEquals(0, cloned.exitCode(), cloned.stderr());
        assertTrue(cloned.stderr().contains("api: flags -c 'core.fsmonitor=touch " + marker + "' ignored; pass --trust-flags"), cloned.stderr());
        assertEquals(List.of(), new RegistryStore(ws.reposFile()).load().requireRepo("api").flags());
        assertFalse(ws.readReposFile().contains("fsmonitor"), ws.readReposFile());
        Files.writeString(into.resolve("api/README.md"), "changed\n");
        ProcessResult ll = ws.shoal("ll");
        assertEquals(0, ll.exitCode(), ll.stderr());
        assertFalse(Files.exists(marker), "a manifest's flag ran a command");
    }

    @Test
    void trustedFlagsAreAppliedAndRegistered() throws IOException {
        Path manifest = file("m.yml", "repos:\n  api: {path: api, remotes: {origin: @R@/api.git}, flags: [-c, core.quotepath=false]}\n");
        ProcessResult plan = ws.shoal("clone", "-n", "--trust-flags", "-f", manifest.toString(), "-C", into.toString());
        assertTrue(plan.stdout().contains("flags -c core.quotepath=false"), plan.stdout());
        assertFalse(plan.stdout().contains("ignored"), plan.stdout());
        ProcessResult cloned = ws.shoal("clone", "--trust-flags", "-f", manifest.toString(), "-C", into.toString());
        assertEquals(0, cloned.exitCode(), cloned.stderr());
        assertEquals(List.of("-c", "core.quotepath=false"), new RegistryStore(ws.reposFile()).load().requireRepo("api").flags());
    }

    @Test
    void noManifestPathLeadsOutsideTheFolderItIsClonedInto() throws IOException {
        String repo = "{remotes: {origin: @R@/api.git}, path: ";
        List<Path> hostile = List.of(
                file("up.yml", "repos:\n  x: " + repo + "../../../X}\n"),
                file("sneaky.yml", "repos:\n  x: " + repo + "a/../../X}\n"),
                file("absolute.yml", "repos:\n  x: " + repo + into + "/../../../X}\n"),
                file("group.yml", "repos:\n  x: " + repo + "x}\ngroups:\n  g: {members: [x], path: ../../../../G}\n"),
                file("dotdot-name.yml", "repos:\n  '..': " + repo + "x}\n"),
                file("newline-name.yml", "repos:\n  \"a\\nb\": " + repo + "x}\n"),
                file("up.repos", "repositories:\n  ../../../X: {type: git, url: @R@/api.git}\n"),
                file("dotdot.repos", "repositories:\n  '..': {type: git, url: @R@/api.git}\n"),
                file("dot.repos", "repositories:\n  '.': {type: git, url: @R@/api.git}\n"),
                file("empty.repos", "repositories:\n  '': {type: git, url: @R@/api.git}\n"));
        for (Path manifest : hostile) {
            for (List<String> preserve : List.of(List.<String>of(), List.of("-p"))) {
                List<String> args = new java.util.ArrayList<>(List.of("clone", "-f", manifest.toString(), "-C", into.toString()));
                args.addAll(preserve);
                ProcessResult result = ws.shoal(args.toArray(String[]::new));
                String what = manifest.getFileName() + " " + preserve + ": " + result.stderr();
                assertEquals(2, result.exitCode(), what);
                assertTrue(AT_LINE.matcher(result.stderr()).matches(), what);
                assertTrue(result.stderr().startsWith("shoal: " + manifest + ":"), what);
            }
        }
        assertFalse(Files.exists(ws.reposFile()), "nothing is registered");
        assertEquals(List.of(), list(into), "nothing is cloned");
        assertFalse(Files.exists(ws.path("X")) || Files.exists(ws.path("deep/X")) || Files.exists(ws.path("G")));
    }

    @Test
    void aLaterRepoCannotBeClonedThroughASymbolicLinkAnEarlierOneBrought() throws IOException {
        Path outside = Files.createDirectories(ws.path("outside"));
        Path seed = ws.repo("linked");
        Files.createSymbolicLink(seed.resolve("evil"), outside);
        ws.git().run(seed, "add", "evil");
        ws.git().run(seed, "commit", "-q", "-m", "a link out");
        ws.remotesFrom(seed, "linked");
        Path manifest = file("m.yml", "repos:\n  a: {path: a, remotes: {origin: @R@/linked.git}}\n"
                + "  b: {path: a/evil/b, remotes: {origin: @R@/api.git}}\n");

        ProcessResult cloned = ws.shoal("clone", "-f", manifest.toString(), "-C", into.toString());

        assertEquals(1, cloned.exitCode(), cloned.stderr());
        assertTrue(cloned.stderr().contains(into.resolve("a/evil") + " is a symbolic link inside a repo"), cloned.stderr());
        assertEquals(List.of(), list(outside), "nothing was written through the link");
        assertTrue(Files.isSymbolicLink(into.resolve("a/evil")), "the first repo is cloned");
    }

    @Test
    void aRelativePathThatStaysInsideAfterNormalisingIsTaken() throws IOException {
        Path manifest = file("m.yml", "repos:\n  api: {path: a/../b/api, remotes: {origin: @R@/api.git}}\n");
        ProcessResult cloned = ws.shoal("clone", "-f", manifest.toString(), "-C", into.toString());
        assertEquals(0, cloned.exitCode(), cloned.stderr());
        assertTrue(Files.isDirectory(into.resolve("b/api/.git")));
    }

    @Test
    void aBranchOrVersionThatReadsAsAnOptionIsRefused() throws IOException {
        String repo = "{path: api, remotes: {origin: @R@/api.git}, ";
        List<Path> hostile = List.of(
                file("detach.yml", "repos:\n  api: " + repo + "branch: --detach}\n"),
                file("orphan.yml", "repos:\n  api: " + repo + "branch: --orphan}\n"),
                file("commit.yml", "repos:\n  api: " + repo + "commit: -f}\n"),
                file("force.repos", "repositories:\n  api: {type: git, url: @R@/api.git, version: -f}\n"));
        for (Path manifest : hostile) {
            ProcessResult result = ws.shoal("clone", "-f", manifest.toString(), "-C", into.toString());
            assertEquals(2, result.exitCode(), manifest + ": " + result.stderr());
            assertTrue(AT_LINE.matcher(result.stderr()).matches(), result.stderr());
            assertTrue(result.stderr().contains("starts with '-'"), result.stderr());
        }
        assertEquals(List.of(), list(into), "nothing is cloned");
    }

    @Test
    void anEndlessManifestStopsAtTheSizeLimit() {
        ProcessResult result = ws.shoal("clone", "-f", "/dev/zero", "-C", into.toString());
        assertEquals(2, result.exitCode(), result.stderr());
        assertEquals("shoal: /dev/zero: larger than 3 MiB, more than shoal reads\n", result.stderr());
    }

    @Test
    void aDeeplyNestedManifestIsAnErrorWithItsPlace() throws IOException {
        Path manifest = file("deep.yml", "repos:\n  api: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        ProcessResult result = ws.shoal("clone", "-f", manifest.toString(), "-C", into.toString());
        assertEquals(2, result.exitCode(), result.stderr());
        assertEquals("shoal: " + manifest + ":2:70: nested more than 64 levels deep\n", result.stderr());
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var children = Files.list(dir)) {
            return children.toList();
        }
    }
}
