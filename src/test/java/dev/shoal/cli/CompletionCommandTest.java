package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WorkspaceExtension.class)
class CompletionCommandTest {
    @Test
    void printsEachShellsScriptAsShipped(Workspace workspace) throws IOException {
        Map<String, String> files = Map.of("bash", "shoal.bash", "zsh", "_shoal", "fish", "shoal.fish");
        for (Map.Entry<String, String> shell : files.entrySet()) {
            ProcessResult result = workspace.shoal("completion", shell.getKey());
            assertEquals(0, result.exitCode(), result.stderr());
            assertEquals(Files.readString(Path.of("completions", shell.getValue())), result.stdout(), shell.getKey());
        }
    }

    @Test
    void anUnknownShellIsAUsageError(Workspace workspace) {
        ProcessResult result = workspace.shoal("completion", "tcsh");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().startsWith("shoal: ") && result.stderr().contains("'tcsh'"), result.stderr());
        assertEquals("", result.stdout());
    }
}
