package dev.shoal.run;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Reads one of a process's output streams to its end on its own virtual thread, so neither stream
 * can fill up and block the process: every byte into the capture, every line to the view.
 */
final class StreamPump implements Runnable {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final SpillBuffer capture;
    private final LineSplitter lines;
    private final Runnable onOutputClosed;
    private final Thread thread;
    /** When the current read began (nanoTime), or 0 between reads. */
    private volatile long readingSince;
    /** The view's output is gone: keep draining the process, show nothing. */
    private volatile boolean viewGone;
    /** The runner stopped waiting for this stream: drop whatever still comes. */
    private volatile boolean letGo;
    private volatile IOException failure;

    StreamPump(InputStream in, SpillBuffer capture, LineSplitter lines, Runnable onOutputClosed, String name) {
        this.in = in;
        this.capture = capture;
        this.lines = lines;
        this.onOutputClosed = onOutputClosed;
        this.thread = Thread.ofVirtual().name(name).unstarted(this);
    }

    StreamPump start() {
        thread.start();
        return this;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[CHUNK];
        try (in) {
            while (true) {
                readingSince = System.nanoTime();
                int n = in.read(buffer);
                readingSince = 0;
                if (n < 0 || letGo) {
                    break;
                }
                store(buffer, n);
                show(buffer, n);
            }
        } catch (IOException e) {
            // The stream was closed under us (the process is gone and its pipe with it): the end.
            readingSince = 0;
        }
        finishCapture();
        if (!viewGone && !letGo) {
            try {
                lines.finish();
            } catch (OutputClosedException e) {
                onOutputClosed.run();
            }
        }
    }

    private void store(byte[] buffer, int n) {
        if (failure != null) {
            return;
        }
        try {
            capture.write(buffer, 0, n);
        } catch (IOException e) {
            // A full disk: keep draining so the process can finish, and report the capture as cut short.
            failure = e;
        }
    }

    private void show(byte[] buffer, int n) {
        if (viewGone) {
            return;
        }
        try {
            lines.accept(buffer, 0, n);
        } catch (OutputClosedException e) {
            viewGone = true;
            onOutputClosed.run();
        }
    }

    private void finishCapture() {
        try {
            capture.finish();
        } catch (IOException e) {
            failure = e;
        }
    }

    /**
     * Waits for the stream's end. After the process has exited, a background process it left behind may
     * still hold the pipe open without writing; once a read has waited {@code idle} for nothing, the pump
     * is let go: the capture is closed as it is and no more lines reach the view. Returns false then.
     */
    boolean awaitEnd(Duration idle) throws InterruptedException {
        while (!thread.join(Duration.ofMillis(50))) {
            long since = readingSince;
            if (since != 0 && System.nanoTime() - since > idle.toNanos()) {
                letGo();
                return false;
            }
        }
        return true;
    }

    /** Stops taking this stream's bytes: the capture is closed as it is. */
    void letGo() {
        letGo = true;
        finishCapture();
    }

    /** Why the capture is incomplete, if it is (a full disk). */
    IOException failure() {
        return failure;
    }
}
