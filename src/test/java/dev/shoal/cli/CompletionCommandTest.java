package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
    @TempDir
    Path temp;

    @Test
    void printsEachShellsScriptAsShipped() throws IOException {
        Workspace workspace = new Workspace(temp);
        Map<String, String> files = Map.of("bash", "shoal.bash", "zsh", "_shoal", "fish", "shoal.fish");
        for (Map.Entry<String, String> shell : files.entrySet()) {
            ProcessResult result = workspace.shoal("completion", shell.getKey());
            assertEquals(0, result.exitCode(), result.stderr());
            assertEquals(Files.readString(Path.of("completions", shell.getValue())), result.stdout(), shell.getKey());
        }
    }

    @Test
    void anUnknownShellIsAUsageError() {
        ProcessResult result = new Workspace(temp).shoal("completion", "tcsh");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("bash, zsh, fish"), result.stderr());
    }
}
