package dev.shoal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Process facts for tests that check what a run leaves behind. A killed process whose parent is gone may
 * stay a zombie where PID 1 reaps nothing (some containers): dead all the same, so zombies count as gone.
 */
public final class Processes {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Processes() {
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
            pause();
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
            pause();
        }
        return true;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
