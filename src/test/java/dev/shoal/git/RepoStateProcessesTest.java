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

/** What reading work trees' states starts: git status once per work tree, and a failed one once more for its error. */
@ExtendWith(WorkspaceExtension.class)
class RepoStateProcessesTest {
    /** A git on the PATH that logs where it ran and its arguments shows what shoal started. */
    @Test
    void eachWorkTreeCostsOneGitStatus(Workspace workspace) throws IOException, InterruptedException {
        Fleet fleet = Fleet.small(workspace);
        List<RepoLocation> repos = new ArrayList<>();
        fleet.members().values().forEach(m -> repos.add(new RepoLocation(m.path(), false, List.of())));
        assertEquals("clean", repos.getFirst().path().getFileName().toString());
        Path log = workspace.path("git.log");
        Map<String, String> env = loggingGit(workspace, log);

        List<RepoState> states = new RepoStateReader(new GitReader(OsLauncher.INSTANCE, env), 2).readAll(repos);
        assertTrue(states.stream().allMatch(RepoState::readable), states.toString());
        List<String> calls = Files.readAllLines(log);
        assertEquals(repos.size(), calls.size(), String.join("\n", calls));
        // Each line: the folder git ran in, then its arguments.
        assertEquals(repos.stream().map(r -> r.path() + " status --porcelain=v2 --branch --show-stash").sorted().toList(),
                calls.stream().sorted().toList(), "one status per work tree, each in its own folder");

        Git.write(repos.getFirst().path().resolve(".git/HEAD"), "not a ref\n");
        Files.delete(log);
        List<RepoState> again = new RepoStateReader(new GitReader(OsLauncher.INSTANCE, env), 2).readAll(repos);
        assertEquals(RepoState.Health.BROKEN, again.getFirst().health());
        assertTrue(again.getFirst().problem().orElseThrow().startsWith("fatal:"), "git's words: " + again.getFirst().problem());
        assertEquals(states.subList(1, repos.size()), again.subList(1, repos.size()), "the others read as before");
        assertEquals(repos.size() + 1, Files.readAllLines(log).size(), "the broken repo twice, the second time for its error");
    }

    private static Map<String, String> loggingGit(Workspace workspace, Path log) throws IOException {
        Path bin = workspace.path("bin");
        Files.createDirectories(bin);
        Path wrapper = bin.resolve("git");
        Files.writeString(wrapper, "#!/bin/sh\nprintf '%s %s\\n' \"$PWD\" \"$*\" >> '" + log + "'\nexec " + which("git") + " \"$@\"\n");
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
