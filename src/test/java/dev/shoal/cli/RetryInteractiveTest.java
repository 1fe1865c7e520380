package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.ShellWords;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a real terminal (tmux), a repo that needed a password is rerun with the terminal attached after the
 * parallel run: git's own prompt shows and takes what is typed.
 */
@ExtendWith(WorkspaceExtension.class)
class RetryInteractiveTest {
    @Test
    void aRepoThatNeededCredentialsIsRerunWithThePromptOnTheTerminal(Workspace ws) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"shoal-test\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
        server.start();
        String socket = "shoal-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try {
            ws.registeredRepos("api");
            // The test identity forbids prompts everywhere; a user at a terminal would not.
            ws.env().remove("GIT_TERMINAL_PROMPT");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api.git";
            ws.git().run(ws.path("src/api"), "remote", "add", "origin", url);
            StringBuilder script = new StringBuilder("cd " + ShellWords.quote(ws.root().toString()) + "\n");
            for (Map.Entry<String, String> variable : ws.env().entrySet()) {
                script.append("export ").append(variable.getKey()).append('=').append(ShellWords.quote(variable.getValue())).append('\n');
            }
            script.append(ShellWords.join(Workspace.shoalCommand("fetch"))).append("\necho \"exit=$?\"\nsleep 600\n");
            Git.write(ws.path("run.sh"), script.toString());
            tmux(socket, "new-session", "-d", "-s", "shoal", "-x", "120", "-y", "40", "sh " + ws.path("run.sh"));

            String screen = awaitScreen(socket, "Username for '" + url.substring(0, url.indexOf("/api.git")));
            assertTrue(screen.contains("needs credentials: api"), screen);
            assertTrue(screen.contains("rerunning 1 repo that needed credentials, one at a time with the terminal attached:"), screen);
            tmux(socket, "send-keys", "-t", "shoal", "someone", "Enter");
            awaitScreen(socket, "Password for");
            tmux(socket, "send-keys", "-t", "shoal", "wrong", "Enter");
            screen = awaitScreen(socket, "exit=");
            assertTrue(screen.contains("Authentication failed"), screen);
            assertTrue(screen.contains("1 repo: 0 ok, 1 failed"), screen);
            assertTrue(screen.contains("exit=1"), screen);
        } finally {
            server.stop(0);
            new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor();
        }
    }

    private static void tmux(String socket, String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        ProcessResult result = ProcessResult.run(command, java.nio.file.Path.of("/"), Map.of("PATH", System.getenv("PATH")));
        if (result.exitCode() != 0) {
            throw new AssertionError("tmux " + String.join(" ", args) + ": " + result.stderr());
        }
    }

    /** The screen once it shows {@code text}; fails after a minute without. */
    private static String awaitScreen(String socket, String text) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String screen = "";
        while (System.nanoTime() < deadline) {
            Process capture = new ProcessBuilder("tmux", "-L", socket, "capture-pane", "-p", "-S", "-200").start();
            screen = new String(capture.getInputStream().readAllBytes());
            capture.waitFor();
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed '" + text + "':\n" + screen);
    }
}
