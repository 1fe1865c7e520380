package dev.shoal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The captures of one run: a memory budget they share (so a hundred repos printing megabytes at once
 * spill to disk instead of filling the heap) and a private temp folder for what spills, removed with
 * everything in it when the run is over.
 */
final class CaptureStore implements AutoCloseable {
    /** All captures of a run together keep no more than this in memory. */
    static final long MEMORY_BUDGET = 64L * 1024 * 1024;

    private final Path tempRoot;
    private final long budget;
    private final List<SpillBuffer> buffers = new ArrayList<>();
    private long reserved;
    private Path dir;

    CaptureStore(Path tempRoot, long budget) {
        this.tempRoot = tempRoot;
        this.budget = budget;
    }

    synchronized SpillBuffer newBuffer() {
        SpillBuffer buffer = new SpillBuffer(this);
        buffers.add(buffer);
        return buffer;
    }

    synchronized boolean reserve(long bytes) {
        if (reserved + bytes > budget) {
            return false;
        }
        reserved += bytes;
        return true;
    }

    synchronized void release(long bytes) {
        reserved -= bytes;
    }

    /** A new spill file, in a folder only this user can read (output may hold secrets). */
    synchronized Path newFile() throws IOException {
        if (dir == null) {
            Files.createDirectories(tempRoot);
            dir = Files.createTempDirectory(tempRoot, "shoal-run-");
        }
        return Files.createTempFile(dir, "output-", ".bin");
    }

    @Override
    public void close() {
        // Buffers lock themselves, then this store: never hold this store's lock while taking theirs.
        List<SpillBuffer> all;
        synchronized (this) {
            all = List.copyOf(buffers);
            buffers.clear();
        }
        all.forEach(SpillBuffer::discard);
        deleteDir();
    }

    private synchronized void deleteDir() {
        if (dir != null) {
            try (var left = Files.list(dir)) {
                for (Path file : left.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // Nothing more to do: the folder is in the temp dir, which the system cleans.
            }
        }
    }
}
