package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(WorkspaceExtension.class)
class TrainCommandTest {
    /**
     * The launcher trains once per build; a training must print nothing and leave no temp folder behind.
     * Nor does it remake the completion index in the config home it was given, as other runs do: that
     * would put every command into the cache of the starts that build none.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", TrainCommand.START})
    void trainingIsQuietAndLeavesNothingBehind(String family, Workspace workspace) throws IOException {
        Path tmp = Files.createDirectories(workspace.path("tmp"));
        List<String> command = new ArrayList<>(Workspace.shoalCommand("__train"));
        if (!family.isEmpty()) {
            command.add(family);
        }
        command.add(1, "-Djava.io.tmpdir=" + tmp);
        ProcessResult result = ProcessResult.run(command, workspace.root(), workspace.env());
        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("", result.stdout());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.toList());
        }
        assertFalse(Files.exists(workspace.configHome().resolve("completion")), "no completion index in the given home");
    }
}
