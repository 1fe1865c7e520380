package dev.shoal.run;

import static dev.shoal.run.CLibrary.call;
import static dev.shoal.run.CLibrary.status;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a process with the C library's posix_spawn, called directly. ProcessBuilder gets the same done
 * with one more program run per process, the JDK's jspawnhelper, and a job's session takes util-linux's
 * setsid besides. On the 2-core machine of bench/README a job's start took 7.4 ms that way and 2.5 ms this
 * way, which was most of what shoal spent per repo beyond git itself.
 *
 * <p>The child is made as ProcessBuilder makes it: stdin from /dev/null, the streams shoal reads to pipes
 * and the others to /dev/null, no descriptor of shoal's but those (closefrom 3), the signal mask emptied
 * and every signal's action back to its default, then the program is run in {@code dir}. A captured job
 * leads a new session (POSIX_SPAWN_SETSID), so it has no controlling terminal; a reader stays in shoal's,
 * as ProcessBuilder's do. glibc 2.34 or newer has every call used; where one is missing, {@link #load}
 * finds nothing and ProcessBuilder is used.
 *
 * <p>Every call is linked under the one signature of {@link CLibrary}, which says why that is sound;
 * none of these calls is variadic.
 *
 * <p>Native memory is written and read only by copying whole Java arrays into and out of it (allocateFrom
 * of an array, toArray), never one value at a time through a layout (get, set, allocateFrom of a String):
 * the first single access through each kind of layout makes the JDK build that layout's VarHandle, in the
 * interpreter, in the first start of every run. Without those accesses (and without a stream for the
 * environment), the starts of {@code ll} on ten repos took 34 ms of CPU instead of 49 (async-profiler, ten runs).
 */
final class PosixSpawner implements Spawner {
    // <spawn.h>, <fcntl.h>, <sys/wait.h> on Linux (the same on x86-64 and arm64, the only ones accepted).
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final short POSIX_SPAWN_SETSID = 0x80;
    private static final int O_RDONLY = 0;
    private static final int O_WRONLY = 1;
    private static final int O_CLOEXEC = 0x80000;
    private static final int ENOEXEC = 8;
    private static final String SH = "/bin/sh";
    /** Sizes of the opaque C types, rounded up well past glibc's (80, 336 and 128 bytes). */
    private static final long ACTIONS_SIZE = 256;
    private static final long ATTRIBUTES_SIZE = 512;
    private static final long SIGSET_SIZE = 256;

    private final MethodHandle spawn;
    private final MethodHandle actionsInit;
    private final MethodHandle actionsDestroy;
    private final MethodHandle addOpen;
    private final MethodHandle addDup2;
    private final MethodHandle addChdir;
    private final MethodHandle addCloseFrom;
    private final MethodHandle attributesInit;
    private final MethodHandle attributesDestroy;
    private final MethodHandle setFlags;
    private final MethodHandle setSignalMask;
    private final MethodHandle setSignalDefaults;
    private final MethodHandle pipe;
    private final MethodHandle close;
    private final MethodHandle waitpid;
    private final CLibrary c;

    private PosixSpawner(CLibrary c) {
        this.c = c;
        spawn = c.function("posix_spawn");
        actionsInit = c.function("posix_spawn_file_actions_init");
        actionsDestroy = c.function("posix_spawn_file_actions_destroy");
        addOpen = c.function("posix_spawn_file_actions_addopen");
        addDup2 = c.function("posix_spawn_file_actions_adddup2");
        addChdir = c.function("posix_spawn_file_actions_addchdir_np");
        addCloseFrom = c.function("posix_spawn_file_actions_addclosefrom_np");
        attributesInit = c.function("posix_spawnattr_init");
        attributesDestroy = c.function("posix_spawnattr_destroy");
        setFlags = c.function("posix_spawnattr_setflags");
        setSignalMask = c.function("posix_spawnattr_setsigmask");
        setSignalDefaults = c.function("posix_spawnattr_setsigdefault");
        pipe = c.function("pipe2");
        close = c.function("close");
        waitpid = c.function("waitpid");
    }

    /** The spawner, on Linux on x86-64 or arm64 with a C library that has every call; else empty. */
    static Optional<Spawner> load() {
        // The pipes become streams through /proc/self/fd (see reader).
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return Optional.empty();
        }
        return CLibrary.linked(PosixSpawner::new);
    }

    @Override
    public Process spawn(List<String> command, Path dir, Map<String, String> env, LaunchSpec.Io io) throws IOException {
        boolean readsOut = io != LaunchSpec.Io.READ_ERR;
        boolean readsErr = io != LaunchSpec.Io.READ_OUT;
        try (Arena arena = Arena.ofConfined()) {
            int[] out = null;
            int[] err = null;
            int pid = 0;
            InputStream stdout = InputStream.nullInputStream();
            InputStream stderr = InputStream.nullInputStream();
            try {
                out = readsOut ? pipe(arena) : null;
                err = readsErr ? pipe(arena) : null;
                pid = start(arena, command, dir, env, io == LaunchSpec.Io.CAPTURED, out, err);
                // The write ends are the child's now; the read ends become streams (opened before the write
                // ends close: opening a pipe with no writer left would wait for one).
                if (readsOut) {
                    stdout = reader(out[0]);
                }
                if (readsErr) {
                    stderr = reader(err[0]);
                }
                closeAll(out, err);
                out = null; // closed: their numbers may be anyone's from here on
                err = null;
                return SpawnedProcess.started(pid, stdout, stderr, this::reap);
            } catch (IOException | RuntimeException | Error e) {
                closeAll(out, err);
                closeQuietly(stdout);
                closeQuietly(stderr);
                if (pid > 0) {
                    // Out of descriptors, say: the child, maybe in a session of its own that nobody knows
                    // of yet, must not outlive the failure.
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                    reap(pid);
                }
                throw e;
            }
        }
    }

    /** {@code out} and {@code err}: the pipes for stdout and stderr, null for /dev/null. */
    private int start(Arena arena, List<String> command, Path dir, Map<String, String> env, boolean ownSession,
                      int[] out, int[] err) throws IOException {
        MemorySegment actions = arena.allocate(ACTIONS_SIZE, 16);
        MemorySegment attributes = arena.allocate(ATTRIBUTES_SIZE, 16);
        check(status(actionsInit, actions.address()), "posix_spawn_file_actions_init");
        try {
            check(status(attributesInit, attributes.address()), "posix_spawnattr_init");
            try {
                long devNull = cString(arena, "/dev/null");
                check(status(addChdir, actions.address(), cString(arena, dir.toString())), "addchdir");
                check(status(addOpen, actions.address(), 0, devNull, O_RDONLY, 0), "addopen");
                connect(actions, out, 1, devNull);
                connect(actions, err, 2, devNull);
                check(status(addCloseFrom, actions.address(), 3), "addclosefrom");

                // A sigset_t is a bit mask on Linux, signal n at bit n - 1: no signal blocked, every one of
                // the 64 back to its default action.
                MemorySegment noSignals = arena.allocate(SIGSET_SIZE, 16);
                long[] everySignal = new long[(int) (SIGSET_SIZE / Long.BYTES)];
                everySignal[0] = -1L;
                MemorySegment allSignals = arena.allocateFrom(ValueLayout.JAVA_LONG, everySignal);
                check(status(setSignalMask, attributes.address(), noSignals.address()), "setsigmask");
                check(status(setSignalDefaults, attributes.address(), allSignals.address()), "setsigdefault");
                int flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | (ownSession ? POSIX_SPAWN_SETSID : 0);
                check(status(setFlags, attributes.address(), flags), "setflags");

                MemorySegment pid = arena.allocate(Integer.BYTES, Integer.BYTES);
                List<String> assignments = new ArrayList<>(env.size());
                for (Map.Entry<String, String> variable : env.entrySet()) {
                    assignments.add(variable.getKey() + "=" + variable.getValue());
                }
                long environment = strings(arena, assignments);
                int error = status(spawn, pid.address(), cString(arena, command.get(0)), actions.address(),
                        attributes.address(), strings(arena, command), environment);
                if (error == ENOEXEC) {
                    // A file without #! is a script for sh, as execvp (and so ProcessBuilder) runs it.
                    List<String> viaShell = new ArrayList<>(List.of(SH));
                    viaShell.addAll(command);
                    error = status(spawn, pid.address(), cString(arena, SH), actions.address(),
                            attributes.address(), strings(arena, viaShell), environment);
                }
                if (error != 0) {
                    // ProcessBuilder's wording, which the reports and tests already know.
                    throw new IOException("Cannot run program \"" + command.get(0) + "\" (in directory \"" + dir + "\"): error="
                            + error + ", " + describe(error));
                }
                return pid.toArray(ValueLayout.JAVA_INT)[0];
            } finally {
                call(attributesDestroy, attributes.address());
            }
        } finally {
            call(actionsDestroy, actions.address());
        }
    }

    /** The child's descriptor {@code fd} becomes the pipe's write end, or /dev/null (at {@code devNull}) without one. */
    private void connect(MemorySegment actions, int[] pipe, int fd, long devNull) throws IOException {
        if (pipe == null) {
            check(status(addOpen, actions.address(), fd, devNull, O_WRONLY, 0), "addopen");
        } else {
            check(status(addDup2, actions.address(), pipe[1], fd), "adddup2");
        }
    }

    /** A pipe whose ends close on exec, so that no other child started meanwhile holds them open. */
    private int[] pipe(Arena arena) throws IOException {
        MemorySegment fds = arena.allocate(2 * Integer.BYTES, Integer.BYTES);
        if (status(pipe, fds.address(), O_CLOEXEC) != 0) {
            throw new IOException("cannot open a pipe: too many open files");
        }
        return fds.toArray(ValueLayout.JAVA_INT);
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // Closing a pipe's read end: nothing to lose.
        }
    }

    /**
     * A stream on the descriptor: the JDK offers no public way to wrap a number, so the pipe is opened
     * again through /proc, and the number closed by the caller.
     */
    private static InputStream reader(int fd) throws IOException {
        return new FileInputStream("/proc/self/fd/" + fd);
    }

    private void closeAll(int[]... pipes) {
        for (int[] ends : pipes) {
            if (ends != null) {
                call(close, ends[0]);
                call(close, ends[1]);
            }
        }
    }

    /**
     * Collects the ended child's status (it has exited: {@link SpawnedProcess} waits with the JDK first)
     * and returns its exit code the way the JDK reports one: 128 plus the signal for a killed process.
     */
    private int reap(long pid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ended = arena.allocate(Integer.BYTES, Integer.BYTES);
            if (status(waitpid, pid, ended.address(), 0) != pid) {
                throw new IllegalStateException("the status of process " + pid + " was collected elsewhere");
            }
            int value = ended.toArray(ValueLayout.JAVA_INT)[0];
            int signal = value & 0x7f;
            return signal == 0 ? (value >> 8) & 0xff : 0x80 + signal;
        }
    }

    /**
     * The address of a NULL-terminated array of C strings (an address is a word on the ABIs of {@link CLibrary}).
     * The strings are written one after the other into one block, so that an environment of 60 variables
     * costs two allocations, not 61.
     */
    private static long strings(Arena arena, List<String> values) {
        byte[][] encoded = new byte[values.size()][];
        int size = 0;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
            size += encoded[i].length + 1;
        }
        byte[] block = new byte[size]; // each string's NUL is a byte left 0
        int[] offsets = new int[encoded.length];
        int offset = 0;
        for (int i = 0; i < encoded.length; i++) {
            offsets[i] = offset;
            System.arraycopy(encoded[i], 0, block, offset, encoded[i].length);
            offset += encoded[i].length + 1;
        }
        long base = arena.allocateFrom(ValueLayout.JAVA_BYTE, block).address();
        long[] addresses = new long[encoded.length + 1]; // the last stays 0, the NULL
        for (int i = 0; i < encoded.length; i++) {
            addresses[i] = base + offsets[i];
        }
        return arena.allocateFrom(ValueLayout.JAVA_LONG, addresses).address();
    }

    /** The address of {@code text} as a C string, in UTF-8 as allocateFrom would write it. */
    private static long cString(Arena arena, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return arena.allocateFrom(ValueLayout.JAVA_BYTE, Arrays.copyOf(bytes, bytes.length + 1)).address();
    }

    private void check(int error, String what) throws IOException {
        if (error != 0) {
            throw new IOException(what + " failed: error=" + error + ", " + describe(error));
        }
    }

    /** The C library's words for an error number (strerror, linked only when an error is to be said). */
    private String describe(int error) {
        long text = call(c.function("strerror"), error);
        return MemorySegment.ofAddress(text).reinterpret(Long.MAX_VALUE).getString(0);
    }
}
