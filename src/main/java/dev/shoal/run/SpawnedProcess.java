package dev.shoal.run;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongToIntFunction;

/**
 * A child {@link PosixSpawner} started, as a {@link Process} like those of ProcessBuilder. The JDK's own
 * process reaper waits for it without collecting it (ProcessHandle.onExit); only then is its status
 * collected, under the same lock as {@link #destroy}: until then the pid stays the child's, even as a
 * zombie, so this process's own signals never reach another that was given the same number. What goes by
 * the handle ({@link #toHandle}: its descendants, ProcessTree) is guarded as the JDK guards any handle, by
 * the process's start time.
 */
final class SpawnedProcess extends Process {
    private final ProcessHandle handle;
    private final InputStream stdout;
    private final InputStream stderr;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    /** Set once the status is collected: the pid may then be anyone's. Guarded by this. */
    private boolean collected;

    private SpawnedProcess(ProcessHandle handle, InputStream stdout, InputStream stderr) {
        this.handle = handle;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * @param reap collects the ended child's status and returns its exit code (128 + signal if killed)
     */
    static SpawnedProcess started(long pid, InputStream stdout, InputStream stderr, LongToIntFunction reap) {
        // Not collected yet, so the child is there to be found, alive or a zombie.
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("child " + pid + " not found"));
        SpawnedProcess process = new SpawnedProcess(handle, stdout, stderr);
        handle.onExit().whenComplete((ended, failure) -> {
            synchronized (process) {
                try {
                    process.exit.complete(reap.applyAsInt(pid));
                } catch (RuntimeException | Error e) {
                    process.exit.completeExceptionally(e); // waitFor says so, rather than waiting forever
                } finally {
                    process.collected = true;
                }
            }
        });
        return process;
    }

    /** Its stdin is /dev/null. */
    @Override
    public OutputStream getOutputStream() {
        return OutputStream.nullOutputStream();
    }

    @Override
    public InputStream getInputStream() {
        return stdout;
    }

    @Override
    public InputStream getErrorStream() {
        return stderr;
    }

    @Override
    public int waitFor() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            exit.get(timeout, unit);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public int exitValue() {
        if (!exit.isDone()) {
            throw new IllegalThreadStateException("process " + pid() + " has not exited");
        }
        return exit.join();
    }

    @Override
    public synchronized void destroy() {
        if (!collected) {
            handle.destroy();
        }
    }

    @Override
    public synchronized Process destroyForcibly() {
        if (!collected) {
            handle.destroyForcibly();
        }
        return this;
    }

    @Override
    public boolean supportsNormalTermination() {
        return true;
    }

    @Override
    public boolean isAlive() {
        return !exit.isDone();
    }

    @Override
    public long pid() {
        return handle.pid();
    }

    @Override
    public ProcessHandle toHandle() {
        return handle;
    }

    @Override
    public CompletableFuture<Process> onExit() {
        return exit.thenApply(code -> this);
    }
}
