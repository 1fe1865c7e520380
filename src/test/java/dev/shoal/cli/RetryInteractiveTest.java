package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.shoal.testing.Tmux;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a real terminal (tmux), in an output mode that does not ask in place (stream), a repo that needed a
 * password is rerun with the terminal attached after the parallel run: git's own prompt shows and takes
 * what is typed.
 */
@ExtendWith(WorkspaceExtension.class)
class RetryInteractiveTest {
    private static final Duration DEADLINE = Duration.ofMinutes(1);

    @Test
    void aRepoThatNeededCredentialsIsRerunWithThePromptOnTheTerminal(Workspace ws) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"shoal-test\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        try {
            // Two repos: one alone on a terminal would run with the terminal attached from the start.
            ws.registeredRepos("api", "web");
            // The test identity forbids prompts everywhere; a user at a terminal would not.
            ws.env().remove("GIT_TERMINAL_PROMPT");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api.git";
            ws.git().run(ws.path("src/api"), "remote", "add", "origin", url);
            try (Tmux tmux = Tmux.start(ws.root(), 120, 40, ws.env(), Workspace.shoalCommand("fetch", "--output", "stream"))) {
                // git's own prompt, at the start of a row: the parallel run's "could not read Username for" does not count.
                String screen = String.join("\n", tmux.waitForScreen(
                        Pattern.compile("^Username for '" + Pattern.quote(url.substring(0, url.indexOf("/api.git"))) + "'"), DEADLINE));
                assertTrue(screen.contains("needs credentials: api"), screen);
                assertTrue(screen.contains("rerunning 1 repo that needed credentials, one at a time with the terminal attached:"), screen);
                tmux.sendKeys("someone", "Enter");
                tmux.waitForScreen("Password for", DEADLINE);
                tmux.sendKeys("wrong", "Enter");
                assertEquals(1, tmux.waitForExit(DEADLINE));
                screen = String.join("\n", tmux.history());
                assertTrue(screen.contains("Authentication failed"), screen);
                assertTrue(screen.contains("1 repo: 0 ok, 1 failed"), screen);
            }
        } finally {
            server.stop(0);
        }
    }
}
