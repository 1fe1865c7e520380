package dev.shoal.run;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads one of a process's output streams to its end on a platform thread of its own, so neither stream
 * can fill up and block the process: every byte into the capture, every line to the view. Not a virtual
 * thread: a read from a pipe holds its carrier thread while it blocks, and with as many silent processes
 * as there are cores, no carrier was left for the jobs' threads; past the pool's 30 s keep-alive, Ctrl-C
 * and --timeout were then never heard. The pool keeps the threads for the next processes.
 */
final class StreamPump implements Runnable {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final SpillBuffer capture;
    private final LineSplitter lines;
    private final Runnable onOutputClosed;
    /** Small stacks: a pump only copies bytes, and a run may have hundreds reading at once. */
    private static final ExecutorService PUMPS = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("shoal-pump-", 0).daemon().stackSize(256 * 1024).factory());
    private Future<?> done;
    /** When the current read began (nanoTime), or 0 between reads. */
    private volatile long readingSince;
    /** The view's output is gone: keep draining the process, show nothing. */
    private volatile boolean viewGone;
    /** The runner stopped waiting for this stream: drop whatever still comes. */
    private volatile boolean letGo;
    private volatile IOException failure;

    StreamPump(InputStream in, SpillBuffer capture, LineSplitter lines, Runnable onOutputClosed) {
        this.in = in;
        this.capture = capture;
        this.lines = lines;
        this.onOutputClosed = onOutputClosed;
    }

    StreamPump start() {
        done = PUMPS.submit(this);
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
        while (true) {
            try {
                done.get(50, TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                long since = readingSince;
                if (since != 0 && System.nanoTime() - since > idle.toNanos()) {
                    letGo();
                    return false;
                }
            } catch (ExecutionException e) {
                return true; // the pump's own failure is kept in failure(); the stream is done with
            }
        }
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
