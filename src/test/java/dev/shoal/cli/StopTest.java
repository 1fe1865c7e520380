package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Processes;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A timeout and Ctrl-C end each repo's whole process tree: nothing a command started outlives shoal. */
@ExtendWith(WorkspaceExtension.class)
class StopTest {
    /** A child that starts a grandchild, both sleeping; each writes its pid next to the repo. */
    private static final String TREE = "sh -c 'echo $$ > ../${PWD##*/}.child; sleep 60 & echo $! > ../${PWD##*/}.grandchild; wait' & wait";
    private static final List<String> REPOS = List.of("api", "site", "web");

    Workspace ws;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        ws.registeredRepos(REPOS.toArray(String[]::new));
    }

    private List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        for (String name : REPOS) {
            pids.add(Processes.awaitPid(ws.path("src/" + name + ".child")));
            pids.add(Processes.awaitPid(ws.path("src/" + name + ".grandchild")));
        }
        return pids;
    }

    @Test
    void aTimeoutKillsTheRepoCommandWithItsChildrenAndSaysSo() {
        ProcessResult result = ws.shoal("shell", "--timeout", "2s", "--order", "name", "--", TREE);
        assertEquals(1, result.exitCode());
        for (String name : REPOS) {
            assertTrue(result.stdout().contains("=== " + name + ": timed out after 2s, killed 3 processes\n"),
                    "the limit, not the time it took: " + result.stdout());
        }
        assertTrue(result.stderr().contains("3 repos: 0 ok, 3 timed out (") && result.stderr().contains("\ntimed out: api, site, web\n"),
                result.stderr());
        for (long pid : pids()) {
            assertTrue(Processes.gone(pid), "process " + pid + " outlived the timeout");
        }
    }

    @Test
    void ctrlCToTheProcessGroupStopsEverythingAndExits130() throws Exception {
        Path out = ws.path("out.txt");
        Path err = ws.path("err.txt");
        Process shoal = Processes.startInOwnGroup(ws, out, err, "shell", "--order", "name", "--", TREE);
        List<Long> pids = pids();
        Processes.ctrlC(shoal);
        assertTrue(shoal.waitFor(60, TimeUnit.SECONDS), "shoal did not stop");
        assertEquals(130, shoal.exitValue(), read(err));
        for (long pid : pids) {
            assertTrue(Processes.gone(pid), "process " + pid + " outlived Ctrl-C");
        }
        String stdout = read(out);
        for (String name : REPOS) {
            assertTrue(stdout.contains("=== " + name + ": cancelled (") && stdout.contains("): stopped, killed 3 processes\n"), stdout);
        }
        assertTrue(read(err).startsWith("interrupted: 3 repos: 0 ok, 3 cancelled ("), read(err));
        assertTrue(read(err).endsWith("\nrerun: " + dev.shoal.run.ShellWords.join(List.of("shoal", "shell", "--order", "name", "--", TREE))
                + "\n"), "nothing finished: the command itself, not every name: " + read(err));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
