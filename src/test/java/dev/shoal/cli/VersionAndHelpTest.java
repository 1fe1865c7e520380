package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.ui.Terminal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VersionAndHelpTest {
    @TempDir
    Path temp;

    @Test
    void versionPrintsTheProjectVersion() {
        ProcessResult result = new Workspace(temp).shoal("--version");
        assertEquals(0, result.exitCode());
        assertTrue(result.stdout().matches("shoal \\d+\\.\\d+\\.\\d+\\R"), result.stdout());
    }

    @Test
    void everyCommandHasHelp() {
        Workspace workspace = new Workspace(temp);
        List<List<String>> paths = new ArrayList<>();
        collect(ShoalCli.commandLine(new Session(workspace.env(), temp, System.in, System.out, System.err,
                () -> Terminal.PIPE)), new ArrayList<>(), paths);
        assertTrue(paths.size() > 10, "commands found: " + paths);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            ProcessResult result = workspace.shoal(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), "help of " + path);
            assertTrue(result.stdout().startsWith("Usage: shoal"), "help of " + path + ": " + result.stdout());
        }
    }

    @Test
    void unknownCommandIsAUsageError() {
        ProcessResult result = new Workspace(temp).shoal("bogus");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().startsWith("shoal: "), result.stderr());
        assertEquals("", result.stdout());
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().usageMessage().hidden()) {
                return;
            }
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            paths.add(subPath);
            collect(sub, subPath, paths);
        });
    }
}
