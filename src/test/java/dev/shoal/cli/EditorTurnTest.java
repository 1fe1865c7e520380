package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Tmux;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a terminal, a command of a parallel run that wants an editor waits its turn, and once the other
 * repos are done, the editor opens with the terminal, one repo at a time; without a terminal it fails at
 * once with the hint.
 */
@ExtendWith(WorkspaceExtension.class)
class EditorTurnTest {
    private static final Duration DEADLINE = Duration.ofMinutes(1);

    @Test
    void editorsOpenOneAtATimeWithTheTerminalOnceTheOtherReposAreDone(Workspace ws) throws Exception {
        ws.registeredRepos("a", "b", "c");
        Path editor = ws.path("bin/editor");
        Files.createDirectories(editor.getParent());
        // Writes the message only on a terminal, and only if no other editor is open (a folder as the lock).
        Files.writeString(editor, String.join("\n", "#!/bin/sh",
                "[ -t 0 ] && [ -t 1 ] || exit 3",
                "mkdir '" + ws.path("open") + "' || exit 4",
                "sleep 0.3",
                "echo \"typed in $(basename \"$PWD\")\" > \"$1\"",
                "rmdir '" + ws.path("open") + "'", ""));
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
        ws.env().put("GIT_EDITOR", editor.toString());
        try (Tmux tmux = Tmux.start(ws.root(), 120, 40, ws.env(), Workspace.shoalCommand("super", "commit", "--allow-empty"))) {
            assertEquals(0, tmux.waitForExit(DEADLINE), String.join("\n", tmux.history()));
            String history = String.join("\n", tmux.history());
            for (String repo : List.of("a", "b", "c")) {
                assertTrue(history.contains("=== " + repo + " (editing COMMIT_EDITMSG)"), history);
                assertEquals("typed in " + repo, ws.git().run(ws.path("src/" + repo), "log", "-1", "--format=%s").strip());
            }
        }
        // Piped: no terminal, no wait; the hint says why.
        var piped = ws.shoal("super", "commit", "--allow-empty");
        assertEquals(1, piped.exitCode());
        assertTrue(piped.stdout().contains("no editor in a parallel run"), piped.stdout());
    }
}
