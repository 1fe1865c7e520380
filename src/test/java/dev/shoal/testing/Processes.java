package dev.shoal.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Process facts for tests that check what a run leaves behind. A killed process whose parent is gone may
 * stay a zombie where PID 1 reaps nothing (some containers): dead all the same, so zombies count as gone.
 */
public final class Processes {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Processes() {
    }

    /**
     * Starts shoal as a shell starts a foreground job: the leader of its own process group, with SIGINT
     * at its default action (a test runner may start children ignoring it), stdin {@code /dev/null}, its
     * stdout and stderr to {@code out} and {@code err} (discarded when null).
     */
    public static Process startInOwnGroup(Workspace ws, Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT", "setsid"));
        command.addAll(Workspace.shoalCommand(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ws.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()))
                .redirectError(err == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(err.toFile()));
        builder.environment().putAll(ws.env());
        return builder.start();
    }

    /** Ctrl-C as a terminal sends it: SIGINT to every process of the group {@code leader} leads. */
    public static void ctrlC(Process leader) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-s", "INT", "--", "-" + leader.pid()).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new AssertionError("kill -s INT -" + leader.pid() + " exited " + exit);
        }
    }

    /** Alive and not a zombie, by /proc where there is one. */
    public static boolean alive(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        try {
            String text = Files.readString(stat);
            char state = text.charAt(text.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Waits (up to half a minute) until {@code file} holds a pid, as a script under test writes it. */
    public static long awaitPid(Path file) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String text = Files.readString(file).strip();
                if (!text.isEmpty()) {
                    return Long.parseLong(text);
                }
            } catch (NoSuchFileException e) {
                // Not written yet.
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            pause(50);
        }
        throw new AssertionError("no pid in " + file + " after " + PATIENCE.toSeconds() + "s");
    }

    /** True once the process is gone; false if it is still there after half a minute. */
    public static boolean gone(long pid) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (alive(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            pause(50);
        }
        return true;
    }

    /** Sleeps {@code millis}; an interrupt fails the test. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
