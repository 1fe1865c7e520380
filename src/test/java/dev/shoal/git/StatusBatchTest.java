package dev.shoal.git;

import dev.shoal.run.GitReader;
import dev.shoal.run.OsLauncher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Fleet;
import dev.shoal.testing.Git;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Many work trees' status from few processes, and what happens when one repo of a batch fails. */
@ExtendWith(WorkspaceExtension.class)
class StatusBatchTest {
    @Test
    void outputsAreSplitAtEachRepoFirstLine() {
        String two = "# branch.oid a\n# branch.head main\n? x\n# branch.oid b\n# branch.head dev\n";
        assertEquals(List.of("# branch.oid a\n# branch.head main\n? x\n", "# branch.oid b\n# branch.head dev\n"),
                StatusBatch.outputs(new GitResult(0, two, ""), 2));
        assertEquals(List.of("# branch.oid a\n# branch.head main\n? x\n"), StatusBatch.outputs(new GitResult(1, two, ""), 3),
                "after a failure, the output last begun may be the failed repo's: it is not taken");
        assertEquals(List.of(), StatusBatch.outputs(new GitResult(0, two, ""), 3), "a count that does not add up");
    }

    @Test
    void sizesMakeTwoBatchesPerProcessAndStaySmall() {
        assertEquals(1, StatusBatch.size(3, 4));
        assertEquals(13, StatusBatch.size(100, 4));
        assertEquals(32, StatusBatch.size(1000, 4));
    }

    /**
     * Few processes started by shoal for many work trees: a git on the PATH that logs its arguments shows
     * what shoal started (git starts each repo's status itself). A broken repo costs the rest of its
     * batch a process each, and shows git's own error.
     */
    @Test
    void fewProcessesForManyWorkTrees(Workspace workspace) throws IOException, InterruptedException {
        Fleet fleet = Fleet.small(workspace);
        List<RepoLocation> repos = new ArrayList<>();
        fleet.members().values().forEach(m -> repos.add(new RepoLocation(m.path(), false, List.of())));
        assertEquals("clean", repos.getFirst().path().getFileName().toString());
        Path log = workspace.path("git.log");
        Map<String, String> env = loggingGit(workspace, log);

        List<RepoState> states = new RepoStateReader(new GitReader(OsLauncher.INSTANCE, env), 1).readAll(repos);
        assertTrue(states.stream().allMatch(RepoState::readable), states.toString());
        List<String> calls = Files.readAllLines(log);
        assertEquals(2, calls.size(), "six repos, three per batch: " + calls);
        assertTrue(calls.stream().allMatch(c -> c.endsWith("for-each-repo --config=shoal.status.repo "
                + "status --porcelain=v2 --branch --show-stash")), String.join("\n", calls));
        for (RepoLocation repo : repos) {
            assertEquals(1, calls.stream().filter(c -> c.contains("=" + repo.path() + " ")).count(), repo.path() + " once");
        }

        Git.write(repos.getFirst().path().resolve(".git/HEAD"), "not a ref\n");
        Files.delete(log);
        List<RepoState> again = new RepoStateReader(new GitReader(OsLauncher.INSTANCE, env), 1).readAll(repos);
        assertEquals(RepoState.Health.BROKEN, again.getFirst().health());
        assertTrue(again.getFirst().problem().orElseThrow().startsWith("fatal:"), "git's words: " + again.getFirst().problem());
        assertEquals(states.subList(1, repos.size()), again.subList(1, repos.size()), "the others read as before");
        List<String> alone = Files.readAllLines(log).stream().filter(c -> c.startsWith("status ")).toList();
        assertEquals(4, alone.size(), "the broken repo twice (the second time for its error), its batch mates once: " + alone);
    }

    private static Map<String, String> loggingGit(Workspace workspace, Path log) throws IOException {
        Path bin = workspace.path("bin");
        Files.createDirectories(bin);
        Path wrapper = bin.resolve("git");
        Files.writeString(wrapper, "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + log + "'\nexec " + which("git") + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new java.util.HashMap<>(workspace.env());
        env.put("PATH", bin + ":" + env.get("PATH"));
        return env;
    }

    private static String which(String command) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError(command + " is not on the PATH");
    }
}
