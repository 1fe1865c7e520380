package dev.shoal.run;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One stream's captured bytes: in memory while small and while the run's memory budget allows, then
 * all of it in a temp file, so a repo printing a gigabyte costs disk, not memory. Written by one
 * thread; read once {@link #finish} was called, after which writes are ignored.
 */
final class SpillBuffer implements CapturedOutput {
    /** No one stream keeps more than this in memory. */
    static final int MEMORY_LIMIT = 4 * 1024 * 1024;
    private static final int FILE_BUFFER = 64 * 1024;

    private final CaptureStore store;
    private byte[] memory = new byte[0];
    private int inMemory;
    private Path file;
    private OutputStream fileOut;
    private volatile long size;
    private boolean finished;

    SpillBuffer(CaptureStore store) {
        this.store = store;
    }

    synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        if (finished) {
            return;
        }
        if (file == null && inMemory + length <= MEMORY_LIMIT && store.reserve(length)) {
            if (inMemory + length > memory.length) {
                memory = Arrays.copyOf(memory, Math.min(MEMORY_LIMIT, Math.max(inMemory + length, Math.max(256, memory.length * 2))));
            }
            System.arraycopy(bytes, offset, memory, inMemory, length);
            inMemory += length;
        } else {
            if (file == null) {
                spill();
            }
            fileOut.write(bytes, offset, length);
        }
        size += length;
    }

    private void spill() throws IOException {
        file = store.newFile();
        fileOut = new BufferedOutputStream(Files.newOutputStream(file), FILE_BUFFER);
        fileOut.write(memory, 0, inMemory);
        store.release(inMemory);
        memory = null;
        inMemory = 0;
    }

    /** The writer is done: what is in the file is complete. */
    synchronized void finish() throws IOException {
        finished = true;
        if (fileOut != null) {
            fileOut.close();
            fileOut = null;
        }
    }

    synchronized boolean spilled() {
        return file != null;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public synchronized InputStream open() throws IOException {
        return file == null ? new ByteArrayInputStream(memory, 0, inMemory) : Files.newInputStream(file);
    }

    /** The last {@code limit} bytes as text: where git says why it failed. */
    synchronized String tail(int limit) throws IOException {
        if (file == null) {
            int from = Math.max(0, inMemory - limit);
            return new String(memory, from, inMemory - from, StandardCharsets.UTF_8);
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long from = Math.max(0, in.length() - limit);
            byte[] bytes = new byte[(int) (in.length() - from)];
            in.seek(from);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Gives back the memory or deletes the file; the bytes are gone after this. */
    synchronized void discard() {
        try {
            finish();
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temp file that cannot be deleted now goes with the run's temp folder.
        }
        store.release(inMemory);
        memory = new byte[0];
        inMemory = 0;
    }
}
