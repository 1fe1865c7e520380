package dev.shoal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A real terminal for tests: a detached tmux session of a given size running one command. Each
 * instance has its own tmux server (a socket of its own, {@code tmux -L}), so tests never clash with
 * each other or with the user's tmux. The command runs under a small {@code sh} that records its exit
 * status and keeps the pane open afterwards, so the screen and the cursor stay as the command left them.
 * Waits poll until a deadline; they never assert how long anything took.
 */
public final class Tmux implements AutoCloseable {
    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private static final String SESSION = "test";
    private static final Duration POLL = Duration.ofMillis(50);

    private final String socket;
    private final Path dir;
    private final Path statusFile;
    private final Map<String, String> env;
    private Path socketPath;

    private Tmux(String socket, Path dir, Map<String, String> env) {
        this.socket = socket;
        this.dir = dir;
        this.statusFile = dir.resolve(socket + ".status");
        this.env = env;
    }

    /**
     * Starts {@code command} in {@code dir} in a terminal of {@code columns} x {@code rows}, with
     * {@code env} added to this process's environment.
     */
    public static Tmux start(Path dir, int columns, int rows, Map<String, String> env, List<String> command) {
        String socket = "shoal-test-" + ProcessHandle.current().pid() + "-" + SESSIONS.incrementAndGet();
        Map<String, String> tmuxEnv = new HashMap<>(env);
        tmuxEnv.putIfAbsent("TERM", "xterm-256color");
        Tmux tmux = new Tmux(socket, dir, tmuxEnv);
        Path config = dir.resolve(socket + ".conf");
        try {
            // A config of our own: no user settings, no status bar (the pane is the whole window), room for history.
            Files.writeString(config, "set -g status off\nset -g history-limit 100000\nset -g escape-time 0\n");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<String> args = new ArrayList<>(List.of("-f", config.toString(), "new-session", "-d", "-s", SESSION,
                "-x", String.valueOf(columns), "-y", String.valueOf(rows), "-c", dir.toString(),
                // The sh survives Ctrl-C (a trap, which the command does not inherit) to write the status.
                "sh", "-c", "trap : INT; \"$@\"; echo $? > \"$0\"; exec sleep 86400", tmux.statusFile.toString()));
        args.addAll(command);
        tmux.tmux(args.toArray(String[]::new));
        tmux.socketPath = Path.of(tmux.display("#{socket_path}"));
        return tmux;
    }

    /** Types keys as tmux names them: {@code "C-c"}, {@code "Enter"}, or literal text. */
    public void sendKeys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    public void resize(int columns, int rows) {
        tmux("resize-window", "-t", SESSION, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    /** The visible screen, one string per row. */
    public List<String> screen() {
        return tmux("capture-pane", "-p", "-t", SESSION).stdout().lines().toList();
    }

    /** Everything the terminal holds, scrollback then screen, without the blank rows below the last text. */
    public List<String> history() {
        List<String> lines = new ArrayList<>(tmux("capture-pane", "-p", "-S", "-", "-t", SESSION).stdout().lines().toList());
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return lines;
    }

    /** Whether the terminal shows its cursor (the command may have hidden it). */
    public boolean cursorVisible() {
        return display("#{cursor_flag}").equals("1");
    }

    /** Waits until the visible screen holds {@code text}; fails with the screen when the deadline passes. */
    public List<String> waitForScreen(String text, Duration deadline) {
        return waitForScreen(Pattern.compile(Pattern.quote(text)), deadline);
    }

    /** Waits until a row of the visible screen matches {@code row} (found, not whole); fails with the screen when the deadline passes. */
    public List<String> waitForScreen(Pattern row, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            List<String> screen = screen();
            if (screen.stream().anyMatch(line -> row.matcher(line).find())) {
                return screen;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("no row like " + row + " on screen within " + deadline + ":\n" + String.join("\n", screen));
            }
            pause();
        }
    }

    /** Waits for the command to end and returns its exit status; fails with the screen when the deadline passes. */
    public int waitForExit(Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            String status = readStatus();
            if (!status.isEmpty()) {
                return Integer.parseInt(status);
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("still running after " + deadline + ":\n" + String.join("\n", screen()));
            }
            pause();
        }
    }

    /** Ends the session, its command and the tmux server, and removes the server's socket, which tmux leaves behind. */
    @Override
    public void close() {
        ProcessResult.run(List.of("tmux", "-L", socket, "kill-server"), dir, env);
        try {
            Files.deleteIfExists(socketPath);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String display(String format) {
        return tmux("display-message", "-p", "-t", SESSION, format).stdout().strip();
    }

    private String readStatus() {
        try {
            return Files.exists(statusFile) ? Files.readString(statusFile).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private ProcessResult tmux(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        ProcessResult result = ProcessResult.run(command, dir, env);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + result.stderr());
        }
        return result;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
