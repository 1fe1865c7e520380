package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing in a parallel run can wait for an answer: a remote asking for a password fails at once and is
 * reported as needing credentials, and children have no terminal to open.
 */
@ExtendWith(WorkspaceExtension.class)
class NoPromptTest {
    Workspace ws;
    HttpServer server;

    @BeforeEach
    void setUp(Workspace workspace) throws IOException {
        ws = workspace;
        // A git server that wants a password for everything.
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"shoal-test\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        ws.repo("src/api");
        ws.git().run(ws.path("src/api"), "remote", "add", "origin",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/api.git");
        ws.git().bare(ws.path("remotes/site.git"));
        ws.repo("src/site");
        ws.git().run(ws.path("src/site"), "remote", "add", "origin", ws.path("remotes/site.git").toString());
        assertEquals(0, ws.shoal("add", "-r", ws.path("src").toString()).exitCode());
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    @Timeout(60)
    void aPasswordPromptFailsFastAndIsListedWithARerunHint() {
        ProcessResult result = ws.shoal("fetch", "--order", "name");
        assertEquals(1, result.exitCode());
        assertTrue(result.stdout().startsWith("=== api: needs credentials, exit 128 ("), result.stdout());
        assertTrue(result.stdout().contains("terminal prompts disabled"), result.stdout());
        assertTrue(result.stdout().contains("=== site: up to date ("), result.stdout());
        assertTrue(result.stderr().contains("2 repos: 1 up to date, 1 needs credentials (")
                && result.stderr().contains("\nneeds credentials: api (rerun with the terminal: shoal fetch --order name --retry-interactive api)\n"),
                result.stderr());
    }

    @Test
    @Timeout(60)
    void childrenHaveNoTerminalAndAnEnvironmentThatForbidsPrompts() {
        ProcessResult result = ws.shoal("shell", "--output", "json", "site", "--",
                "echo $GIT_TERMINAL_PROMPT $GIT_ASKPASS $SSH_ASKPASS; exec < /dev/tty");
        assertEquals(1, result.exitCode());
        assertTrue(result.stdout().contains("\"stdout\":\"0 false false\\n\""), result.stdout());
        assertTrue(result.stdout().contains("/dev/tty"), "no controlling terminal to open: " + result.stdout());
    }
}
