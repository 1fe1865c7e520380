package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A repo whose branch ref is damaged is an error on its ll line, not a branch without commits. */
@ExtendWith(WorkspaceExtension.class)
class DamagedRefTest {
    @Test
    void aRefHoldingGarbageIsAnErrorLineAndExitOne(Workspace ws) throws IOException {
        ws.registeredRepos("api");
        Path api = ws.path("src/api");
        Files.writeString(api.resolve(".git/refs/heads/main"), "zzzz\n");
        ws.env().put("NO_COLOR", "1");

        ProcessResult ll = ws.shoal("ll");

        assertEquals(1, ll.exitCode(), ll.stdout() + ll.stderr());
        assertEquals("api error: HEAD cannot be resolved to a commit: the ref it names is damaged\n", ll.stdout());
    }
}
