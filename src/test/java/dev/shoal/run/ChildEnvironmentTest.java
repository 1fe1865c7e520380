package dev.shoal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {
    @Test
    void everyRepoLocalVariableGitListsIsRemoved() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "rev-parse", "--local-env-vars").start();
        List<String> listed = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, git.waitFor());
        assertFalse(listed.isEmpty());
        Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/bin", "HOME", "/home/me", "GIT_CONFIG_KEY_0", "core.x"));
        listed.forEach(name -> env.put(name, "/somewhere/else"));
        Map<String, String> child = ChildEnvironment.of(new LaunchSpec(List.of("git"), Path.of("/"), env, List.of(), LaunchSpec.Io.CAPTURED));
        for (String name : listed) {
            assertFalse(child.containsKey(name), name + " reached the child");
        }
        assertFalse(child.containsKey("GIT_CONFIG_KEY_0"));
        assertEquals("/home/me", child.get("HOME"));
    }

    @Test
    void theReposParentsAreCeilingsAndOnlyTheTerminalMayPrompt() {
        Map<String, String> env = Map.of("PATH", "/usr/bin", "GIT_CEILING_DIRECTORIES", "/mnt");
        LaunchSpec captured = new LaunchSpec(List.of("git"), Path.of("/tmp/a/b"), env, List.of(Path.of("/nonexistent/a/b")),
                LaunchSpec.Io.CAPTURED);
        Map<String, String> child = ChildEnvironment.of(captured);
        assertEquals("/nonexistent/a:/mnt", child.get("GIT_CEILING_DIRECTORIES"));
        assertEquals("0", child.get("GIT_TERMINAL_PROMPT"));
        assertTrue(child.get("GIT_EDITOR").contains("no editor in a parallel run"));
        Map<String, String> terminal = ChildEnvironment.of(new LaunchSpec(List.of("git"), Path.of("/"), env,
                List.of(Path.of("/nonexistent/a/b")), LaunchSpec.Io.TERMINAL));
        assertFalse(terminal.containsKey("GIT_TERMINAL_PROMPT"));
        assertFalse(terminal.containsKey("GIT_EDITOR"));
        assertEquals("/nonexistent/a:/mnt", terminal.get("GIT_CEILING_DIRECTORIES"));
    }
}
