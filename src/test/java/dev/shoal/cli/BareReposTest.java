package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A registered bare repo: left out, with a line, by commands that need a work tree; included by the others. */
@ExtendWith(WorkspaceExtension.class)
class BareReposTest {
    Workspace ws;

    @BeforeEach
    void aWorkTreeAndABareRepo(Workspace workspace) {
        ws = workspace;
        ws.registeredRepos("api");
        ws.remotesFrom(ws.path("src/api"), "tools");
        assertEquals(0, ws.shoal("add", "-b", ws.path("remotes/tools.git").toString()).exitCode());
    }

    private static List<String> headers(ProcessResult result) {
        return result.stdout().lines().filter(l -> l.startsWith("=== ")).map(l -> l.substring(4, l.indexOf(':'))).sorted().toList();
    }

    @Test
    void workTreeCommandsSkipBareReposAndSaySo() {
        for (List<String> args : List.of(List.of("st"), List.of("diff"), List.of("stat"), List.of("super", "status"),
                List.of("super", "--", "reset"), List.of("super", "--", "-c", "x.y=z", "stash", "list"))) {
            ProcessResult result = ws.shoal(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), args + ": " + result.stdout() + result.stderr());
            assertEquals(List.of("api"), headers(result), args + ": " + result.stdout());
            assertTrue(result.stderr().startsWith("bare: skipped tools (git "), args + ": " + result.stderr());
        }
    }

    @Test
    void commandsThatWorkInABareRepoRunInIt() {
        for (List<String> args : List.of(List.of("lo"), List.of("br"), List.of("fetch"), List.of("tag"),
                List.of("super", "log", "-1"), List.of("super", "diff", "HEAD", "HEAD"), List.of("super", "reset", "--soft", "HEAD"),
                List.of("shell", "pwd"))) {
            ProcessResult result = ws.shoal(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), args + ": " + result.stdout() + result.stderr());
            assertEquals(List.of("api", "tools"), headers(result), args + ": " + result.stdout());
            assertTrue(!result.stderr().contains("bare:"), args + ": " + result.stderr());
        }
    }

    @Test
    void aGroupPathIsCheckedLikeARepoPath() {
        ProcessResult missing = ws.shoal("group", "add", "api", "-n", "work", "-p", "no/such/folder");
        assertEquals(2, missing.exitCode());
        assertEquals("shoal: no/such/folder: no such folder (a group's path is the folder it stands for)\n", missing.stderr());
        ProcessResult control = ws.shoal("group", "add", "api", "-n", "work", "-p", "src\u001b[2J");
        assertEquals(2, control.exitCode());
        assertTrue(control.stderr().contains("cannot hold control characters: src?[2J"), control.stderr());
        assertTrue(!ws.readReposFile().contains("work"), ws.readReposFile());
        assertEquals(0, ws.shoal("group", "add", "api", "-n", "work", "-p", "src").exitCode());
    }
}
