package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A config home that cannot be written is shoal's failure to say, not a usage error. */
@ExtendWith(WorkspaceExtension.class)
class WriteFailureTest {
    @Test
    void aConfigHomeThatCannotBeWrittenSaysWhatFailedWithExit70(Workspace ws) {
        ws.repo("api");
        Git.write(ws.path("blocker"), "a file where the config home's parent should be\n");
        ws.env().put("SHOAL_HOME", ws.path("blocker/shoal").toString());
        ProcessResult add = ws.shoal("add", ws.path("api").toString());
        assertEquals(70, add.exitCode(), add.stderr());
        assertTrue(add.stderr().startsWith("shoal: cannot "), add.stderr());
        assertTrue(add.stderr().contains("blocker"), add.stderr());
        assertFalse(add.stderr().contains("internal error"), add.stderr());
        assertFalse(add.stderr().contains("\tat "), "no stack trace: " + add.stderr());
    }
}
