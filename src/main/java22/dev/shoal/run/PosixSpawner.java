package dev.shoal.run;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts a process with the C library's posix_spawn, called directly. ProcessBuilder gets the same done
 * with two more programs run per job: the JDK's jspawnhelper, then util-linux's setsid for the session.
 * On the 2-core machine of bench/README a start took 7.4 ms that way and 2.5 ms this way, which is most
 * of what shoal spent per repo beyond git itself.
 *
 * <p>The child is made as ProcessBuilder makes it: stdin from /dev/null, stdout and stderr to pipes or to
 * /dev/null, no descriptor of shoal's but those (closefrom 3), the signal mask emptied and every signal's
 * action back to its default, then the program is run in {@code dir}; with {@code ownSession}, as the
 * leader of a new session (POSIX_SPAWN_SETSID), so it has no controlling terminal. glibc 2.34 or newer has
 * every call used; where one is missing, {@link #load} finds nothing and ProcessBuilder is used.
 */
final class PosixSpawner implements Spawner {
    // <spawn.h>, <fcntl.h>, <sys/wait.h> on Linux (the same on x86-64 and arm64, the only ones accepted).
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final short POSIX_SPAWN_SETSID = 0x80;
    private static final int O_RDONLY = 0;
    private static final int O_WRONLY = 1;
    private static final int O_CLOEXEC = 0x80000;
    private static final int EINTR = 4;
    /** Sizes of the opaque C types, rounded up well past glibc's (80, 336 and 128 bytes). */
    private static final long ACTIONS_SIZE = 256;
    private static final long ATTRIBUTES_SIZE = 512;
    private static final long SIGSET_SIZE = 256;
    private static final Set<String> ARCHITECTURES = Set.of("amd64", "x86_64", "aarch64");

    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final VarHandle ERRNO_VALUE = Linker.Option.captureStateLayout()
            .varHandle(MemoryLayout.PathElement.groupElement("errno"));

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
    private final MethodHandle emptySet;
    private final MethodHandle fillSet;
    private final MethodHandle pipe;
    private final MethodHandle close;
    private final MethodHandle waitpid;
    private final MethodHandle strerror;

    private PosixSpawner(Linker linker, SymbolLookup c) {
        var i = ValueLayout.JAVA_INT;
        var p = ValueLayout.ADDRESS;
        spawn = call(linker, c, "posix_spawn", FunctionDescriptor.of(i, p, p, p, p, p, p));
        actionsInit = call(linker, c, "posix_spawn_file_actions_init", FunctionDescriptor.of(i, p));
        actionsDestroy = call(linker, c, "posix_spawn_file_actions_destroy", FunctionDescriptor.of(i, p));
        addOpen = call(linker, c, "posix_spawn_file_actions_addopen", FunctionDescriptor.of(i, p, i, p, i, i));
        addDup2 = call(linker, c, "posix_spawn_file_actions_adddup2", FunctionDescriptor.of(i, p, i, i));
        addChdir = call(linker, c, "posix_spawn_file_actions_addchdir_np", FunctionDescriptor.of(i, p, p));
        addCloseFrom = call(linker, c, "posix_spawn_file_actions_addclosefrom_np", FunctionDescriptor.of(i, p, i));
        attributesInit = call(linker, c, "posix_spawnattr_init", FunctionDescriptor.of(i, p));
        attributesDestroy = call(linker, c, "posix_spawnattr_destroy", FunctionDescriptor.of(i, p));
        setFlags = call(linker, c, "posix_spawnattr_setflags", FunctionDescriptor.of(i, p, ValueLayout.JAVA_SHORT));
        setSignalMask = call(linker, c, "posix_spawnattr_setsigmask", FunctionDescriptor.of(i, p, p));
        setSignalDefaults = call(linker, c, "posix_spawnattr_setsigdefault", FunctionDescriptor.of(i, p, p));
        emptySet = call(linker, c, "sigemptyset", FunctionDescriptor.of(i, p));
        fillSet = call(linker, c, "sigfillset", FunctionDescriptor.of(i, p));
        pipe = linker.downcallHandle(c.find("pipe2").orElseThrow(), FunctionDescriptor.of(i, p, i), ERRNO);
        close = call(linker, c, "close", FunctionDescriptor.of(i, i));
        waitpid = linker.downcallHandle(c.find("waitpid").orElseThrow(), FunctionDescriptor.of(i, i, p, i), ERRNO);
        strerror = call(linker, c, "strerror", FunctionDescriptor.of(p, i));
    }

    /** The spawner, on Linux on x86-64 or arm64 with a C library that has every call; else empty. */
    static Optional<Spawner> load() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.equals("linux") || !ARCHITECTURES.contains(arch)) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            return Optional.of(new PosixSpawner(linker, linker.defaultLookup()));
        } catch (RuntimeException e) {
            // A call missing from this C library (NoSuchElementException), or native access refused.
            return Optional.empty();
        }
    }

    private static MethodHandle call(Linker linker, SymbolLookup c, String name, FunctionDescriptor descriptor) {
        return linker.downcallHandle(c.find(name).orElseThrow(), descriptor);
    }

    @Override
    public Process spawn(List<String> command, Path dir, Map<String, String> env, boolean ownSession,
                         boolean keepOut, boolean keepErr) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            int[] out = keepOut ? pipe(arena) : null;
            int[] err = keepErr ? pipe(arena) : null;
            int pid;
            try {
                pid = start(arena, command, dir, env, ownSession, out, err);
            } catch (IOException | RuntimeException | Error e) {
                closeAll(out, err);
                throw e;
            }
            // The write ends are the child's now; the read ends become streams (opened before the write
            // ends close: opening a pipe with no writer left would wait for one).
            InputStream stdout = keepOut ? reader(out[0]) : InputStream.nullInputStream();
            InputStream stderr = keepErr ? reader(err[0]) : InputStream.nullInputStream();
            closeAll(out, err);
            return SpawnedProcess.started(pid, stdout, stderr, this::reap);
        }
    }

    private int start(Arena arena, List<String> command, Path dir, Map<String, String> env, boolean ownSession,
                      int[] out, int[] err) throws IOException {
        MemorySegment actions = arena.allocate(ACTIONS_SIZE, 16);
        MemorySegment attributes = arena.allocate(ATTRIBUTES_SIZE, 16);
        check(invoke(actionsInit, actions), "posix_spawn_file_actions_init");
        try {
            check(invoke(attributesInit, attributes), "posix_spawnattr_init");
            try {
                MemorySegment devNull = arena.allocateFrom("/dev/null");
                check(invoke(addChdir, actions, arena.allocateFrom(dir.toString())), "addchdir");
                check(invoke(addOpen, actions, 0, devNull, O_RDONLY, 0), "addopen");
                connect(actions, out, 1, devNull);
                connect(actions, err, 2, devNull);
                check(invoke(addCloseFrom, actions, 3), "addclosefrom");

                MemorySegment noSignals = arena.allocate(SIGSET_SIZE, 16);
                MemorySegment allSignals = arena.allocate(SIGSET_SIZE, 16);
                check(invoke(emptySet, noSignals), "sigemptyset");
                check(invoke(fillSet, allSignals), "sigfillset");
                check(invoke(setSignalMask, attributes, noSignals), "setsigmask");
                check(invoke(setSignalDefaults, attributes, allSignals), "setsigdefault");
                short flags = (short) (POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | (ownSession ? POSIX_SPAWN_SETSID : 0));
                check(invoke(setFlags, attributes, flags), "setflags");

                MemorySegment pid = arena.allocate(ValueLayout.JAVA_INT);
                int error = (int) spawn.invokeExact(pid, arena.allocateFrom(command.get(0)), actions, attributes,
                        strings(arena, command), strings(arena, env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
                if (error != 0) {
                    // ProcessBuilder's wording, which the reports and tests already know.
                    throw new IOException("Cannot run program \"" + command.get(0) + "\" (in directory \"" + dir + "\"): error="
                            + error + ", " + describe(error));
                }
                return pid.get(ValueLayout.JAVA_INT, 0);
            } finally {
                invoke(attributesDestroy, attributes);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            invoke(actionsDestroy, actions);
        }
    }

    /** The child's descriptor {@code fd} becomes the pipe's write end, or /dev/null when there is no pipe. */
    private void connect(MemorySegment actions, int[] pipe, int fd, MemorySegment devNull) throws IOException {
        if (pipe == null) {
            check(invoke(addOpen, actions, fd, devNull, O_WRONLY, 0), "addopen");
        } else {
            check(invoke(addDup2, actions, pipe[1], fd), "adddup2");
        }
    }

    /** A pipe whose ends close on exec, so that no other child started meanwhile holds them open. */
    private int[] pipe(Arena arena) throws IOException {
        MemorySegment fds = arena.allocate(ValueLayout.JAVA_INT, 2);
        MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
        try {
            if ((int) pipe.invokeExact(state, fds, O_CLOEXEC) != 0) {
                int errno = (int) ERRNO_VALUE.get(state, 0L);
                throw new IOException("cannot make a pipe: error=" + errno + ", " + describe(errno));
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return new int[] {fds.getAtIndex(ValueLayout.JAVA_INT, 0), fds.getAtIndex(ValueLayout.JAVA_INT, 1)};
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
                invoke(close, ends[0]);
                invoke(close, ends[1]);
            }
        }
    }

    /**
     * Collects the ended child's status (it has exited: {@link SpawnedProcess} waits with the JDK first)
     * and returns its exit code the way the JDK reports one: 128 plus the signal for a killed process.
     */
    private int reap(long pid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment status = arena.allocate(ValueLayout.JAVA_INT);
            MemorySegment state = arena.allocate(Linker.Option.captureStateLayout());
            while (true) {
                int done = (int) waitpid.invokeExact(state, (int) pid, status, 0);
                if (done == pid) {
                    int value = status.get(ValueLayout.JAVA_INT, 0);
                    int signal = value & 0x7f;
                    return signal == 0 ? (value >> 8) & 0xff : 0x80 + signal;
                }
                if ((int) ERRNO_VALUE.get(state, 0L) != EINTR) {
                    return 0x80 + 9; // collected by someone else: nothing left to know; reported as killed
                }
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** A NULL-terminated array of C strings. */
    private static MemorySegment strings(Arena arena, List<String> values) {
        MemorySegment array = arena.allocate(ValueLayout.ADDRESS, values.size() + 1L);
        for (int i = 0; i < values.size(); i++) {
            array.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(values.get(i)));
        }
        array.setAtIndex(ValueLayout.ADDRESS, values.size(), MemorySegment.NULL);
        return array;
    }

    private static int invoke(MethodHandle handle, Object... arguments) {
        try {
            return (int) handle.invokeWithArguments(arguments);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(int error, String what) throws IOException {
        if (error != 0) {
            throw new IOException(what + " failed: error=" + error + ", " + describe(error));
        }
    }

    /** The C library's words for an error number. */
    private String describe(int error) {
        try {
            MemorySegment text = (MemorySegment) strerror.invokeExact(error);
            return text.reinterpret(Long.MAX_VALUE).getString(0);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
