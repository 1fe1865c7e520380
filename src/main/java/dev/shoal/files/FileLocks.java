package dev.shoal.files;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Mutual exclusion on a file across processes (an OS file lock on a sidecar ".lock" file) and across
 * threads of this process (an OS lock is held per process, so threads need their own). The holder
 * writes its pid into the lock file, so a writer kept waiting can say whom it waits for.
 */
public final class FileLocks {
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    /** A registry write takes a few milliseconds; a writer still waiting after a second is worth a word. */
    private static final Duration QUIET_WAIT = Duration.ofSeconds(1);
    private static final Duration POLL = Duration.ofMillis(20);

    private FileLocks() {
    }

    /** Runs {@code action} holding the lock; {@code waiting} hears once, after a second, whom it waits for. */
    public static <T> T withLock(Path guarded, Consumer<String> waiting, Supplier<T> action) {
        Path lockFile = guarded.toAbsolutePath().resolveSibling("." + guarded.getFileName() + ".lock");
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(lockFile, p -> new ReentrantLock());
        threadLock.lock();
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = acquire(channel, guarded, lockFile, waiting)) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                return action.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + lockFile + ": " + e.getMessage(), e);
        } finally {
            threadLock.unlock();
        }
    }

    private static FileLock acquire(FileChannel channel, Path guarded, Path lockFile, Consumer<String> waiting) throws IOException {
        long start = System.nanoTime();
        boolean said = false;
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (!said && System.nanoTime() - start > QUIET_WAIT.toNanos()) {
                waiting.accept("waiting for " + holder(lockFile) + " to finish writing " + guarded);
                said = true;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ShoalException(ExitCode.INTERRUPTED, "stopped waiting for the lock on " + guarded);
            }
        }
    }

    /** Who holds the lock, as its pid says: {@code shoal (pid 1234)}, or just "another shoal" before it has written it. */
    private static String holder(Path lockFile) {
        try {
            String pid = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,10}") ? "shoal (pid " + pid + ")" : "another shoal";
        } catch (IOException e) {
            return "another shoal";
        }
    }
}
