package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Processes;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** fetch against real bare remotes that answer slowly, and a host that drops connections past a limit. */
@ExtendWith(WorkspaceExtension.class)
class NetworkTest {
    private static void executable(Path file, String script) throws IOException {
        Git.write(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Repos src/rNN, each cloned from its own bare remote remotes/rNN.git. */
    private static void reposWithRemotes(Workspace ws, int count) throws IOException {
        ws.git().repo(ws.path("seed"));
        Files.createDirectories(ws.path("src"));
        for (int i = 1; i <= count; i++) {
            String name = String.format("r%02d", i);
            Path remote = ws.path("remotes/" + name + ".git");
            ws.git().run(ws.root(), "clone", "-q", "--bare", ws.path("seed").toString(), remote.toString());
            ws.git().clone(remote, ws.path("src/" + name));
        }
        assertEquals(0, ws.shoal("add", "-r", ws.path("src").toString()).exitCode());
    }

    @Test
    void aFetchFromARemoteTooSlowForTheTimeoutIsKilledWithEverythingItStarted(Workspace ws) throws IOException {
        reposWithRemotes(ws, 2);
        executable(ws.path("slow-upload-pack"), "#!/bin/sh\necho $$ > \"" + ws.path("upload.pid") + "\"\nsleep 30\nexec git-upload-pack \"$@\"\n");
        ws.git().run(ws.path("src/r01"), "config", "remote.origin.uploadpack", ws.path("slow-upload-pack").toString());
        // 5 s: the other repo's local fetch must finish well within it even on a loaded machine.
        ProcessResult result = ws.shoal("fetch", "--timeout", "5s", "--order", "name");
        assertEquals(1, result.exitCode());
        assertTrue(result.stdout().startsWith("=== r01: timed out after 5s, killed "), result.stdout());
        assertTrue(result.stdout().contains("=== r02: up to date ("), result.stdout());
        assertTrue(Processes.gone(Processes.awaitPid(ws.path("upload.pid"))),
                "the remote side started by the fetch is gone too");
    }

    @Test
    void aHostThatDropsConnectionsGetsFewerAtOnceAndEveryRepoStillFetches(Workspace ws) throws IOException {
        reposWithRemotes(ws, 20);
        Path state = Files.createDirectories(ws.path("fakehost"));
        // An ssh that serves this machine as "fakehost", which drops connections past 6 open at once, as
        // OpenSSH does past MaxStartups; it keeps count of the most it saw open and of the drops.
        executable(ws.path("fake-ssh"), """
                #!/bin/sh
                state=%s
                exec 9>"$state/lock"
                flock 9
                open=$(( $(cat "$state/open" 2>/dev/null || echo 0) + 1 )); echo $open > "$state/open"
                [ $open -gt $(cat "$state/max" 2>/dev/null || echo 0) ] && echo $open > "$state/max"
                flock -u 9
                leave() { flock 9; echo $(( $(cat "$state/open") - 1 )) > "$state/open"; flock -u 9; }
                if [ $open -gt 6 ]; then
                  leave; echo x >> "$state/drops"
                  echo "kex_exchange_identification: Connection closed by remote host" >&2
                  exit 255
                fi
                sleep 0.5
                shift
                sh -c "$*"; code=$?
                leave
                exit $code
                """.formatted(state));
        ws.env().put("GIT_SSH_COMMAND", ws.path("fake-ssh").toString());
        ws.env().put("GIT_SSH_VARIANT", "simple");
        for (int i = 1; i <= 20; i++) {
            String name = String.format("r%02d", i);
            ws.git().run(ws.path("src/" + name), "remote", "set-url", "origin", "ssh://fakehost" + ws.path("remotes/" + name + ".git"));
        }
        ProcessResult result = ws.shoal("fetch", "-j", "100");
        assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(result.stderr().startsWith("20 repos: 20 up to date ("), result.stderr());
        assertTrue(Files.readAllLines(state.resolve("drops")).size() >= 1, "the host dropped some");
        assertTrue(result.stdout().contains("ran again once after the host dropped the connection"), result.stdout());
        int most = Integer.parseInt(Files.readString(state.resolve("max")).strip());
        assertTrue(most <= 8, "never more than the starting bound at once, though -j allowed 100: " + most);
    }
}
