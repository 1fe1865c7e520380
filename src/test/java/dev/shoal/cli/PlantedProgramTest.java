package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A repo's files never run in place of a program: with "." or an empty entry on PATH (both mean "the
 * current folder"), a git the repo holds would run wherever a repo's command looks git up, as shoal
 * starts it in the repo. shoal runs as its own process here, from a folder that is not the repo.
 */
@ExtendWith(WorkspaceExtension.class)
class PlantedProgramTest {
    /** Where PATH names the current folder: first, as "."; first, empty; last, empty. */
    @ParameterizedTest
    @ValueSource(strings = {".:%s", ":%s", "%s:"})
    void aGitInTheRepoNeverRunsWhenPathNamesTheCurrentFolder(String form, Workspace ws) {
        ws.registeredRepos("r");
        Path repo = ws.path("src/r");
        Path ran = ws.path("planted-ran");
        Git.write(repo.resolve("git"), "#!/bin/sh\necho \"$@\" >> '" + ran + "'\n");
        assertTrue(repo.resolve("git").toFile().setExecutable(true));
        Map<String, String> env = new HashMap<>(ws.env());
        env.put("PATH", form.formatted(System.getenv("PATH")));
        for (List<String> command : List.of(List.of("super", "r", "--", "rev-parse", "--show-toplevel"),
                List.of("shell", "r", "--", "git rev-parse --show-toplevel"))) {
            ProcessResult result = ProcessResult.run(Workspace.shoalCommand(command.toArray(String[]::new)), ws.root(), env);
            assertEquals(0, result.exitCode(), command + ": " + result.stdout() + result.stderr());
            assertTrue(result.stdout().contains(repo.toString()), "the real git answers: " + command + ": " + result.stdout());
            assertFalse(Files.exists(ran), "the repo's git ran: " + command + " with PATH " + env.get("PATH"));
        }
    }
}
