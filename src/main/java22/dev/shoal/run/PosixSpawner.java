package dev.shoal.run;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts a job with the C library's posix_spawn, called directly. ProcessBuilder gets the same done with
 * two more programs run per job: the JDK's jspawnhelper, then util-linux's setsid for the session. On the
 * 2-core machine of bench/README a start took 7.4 ms that way and 2.5 ms this way, which was most of what
 * shoal spent per repo beyond git itself. Linking the C calls costs about 70 ms of CPU once, so only runs
 * of many jobs link them ({@link OsLauncher#NATIVE_FROM}), and shoal's own readers keep ProcessBuilder.
 *
 * <p>The child is made as ProcessBuilder makes it: stdin from /dev/null, stdout and stderr to pipes, no
 * descriptor of shoal's but those (closefrom 3), the signal mask emptied and every signal's action back to
 * its default, then the program is run in {@code dir} as the leader of a new session (POSIX_SPAWN_SETSID),
 * so it has no controlling terminal. glibc 2.34 or newer has every call used; where one is missing,
 * {@link #load} finds nothing and ProcessBuilder is used.
 */
final class PosixSpawner implements Spawner {
    // <spawn.h>, <fcntl.h>, <sys/wait.h> on Linux (the same on x86-64 and arm64, the only ones accepted).
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final short POSIX_SPAWN_SETSID = 0x80;
    private static final int O_RDONLY = 0;
    private static final int O_CLOEXEC = 0x80000;
    private static final int ENOEXEC = 8;
    private static final String SH = "/bin/sh";
    /** Sizes of the opaque C types, rounded up well past glibc's (80, 336 and 128 bytes). */
    private static final long ACTIONS_SIZE = 256;
    private static final long ATTRIBUTES_SIZE = 512;
    private static final long SIGSET_SIZE = 256;
    private static final Set<String> ARCHITECTURES = Set.of("amd64", "x86_64", "aarch64");

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
    private final Linker linker;
    private final SymbolLookup c;

    /**
     * Each distinct C signature costs the JVM a class made at run time (about 5 ms of CPU on the first
     * start), so the calls keep to few: sigsets are written here rather than by sigemptyset and
     * sigfillset, and errno is not captured (pipe2 can only fail for want of descriptors; waitpid is
     * called once the child has exited).
     */
    private PosixSpawner(Linker linker, SymbolLookup c) {
        this.linker = linker;
        this.c = c;
        var i = ValueLayout.JAVA_INT;
        var p = ValueLayout.ADDRESS;
        spawn = call("posix_spawn", FunctionDescriptor.of(i, p, p, p, p, p, p));
        actionsInit = call("posix_spawn_file_actions_init", FunctionDescriptor.of(i, p));
        actionsDestroy = call("posix_spawn_file_actions_destroy", FunctionDescriptor.of(i, p));
        addOpen = call("posix_spawn_file_actions_addopen", FunctionDescriptor.of(i, p, i, p, i, i));
        addDup2 = call("posix_spawn_file_actions_adddup2", FunctionDescriptor.of(i, p, i, i));
        addChdir = call("posix_spawn_file_actions_addchdir_np", FunctionDescriptor.of(i, p, p));
        addCloseFrom = call("posix_spawn_file_actions_addclosefrom_np", FunctionDescriptor.of(i, p, i));
        attributesInit = call("posix_spawnattr_init", FunctionDescriptor.of(i, p));
        attributesDestroy = call("posix_spawnattr_destroy", FunctionDescriptor.of(i, p));
        setFlags = call("posix_spawnattr_setflags", FunctionDescriptor.of(i, p, ValueLayout.JAVA_SHORT));
        setSignalMask = call("posix_spawnattr_setsigmask", FunctionDescriptor.of(i, p, p));
        setSignalDefaults = call("posix_spawnattr_setsigdefault", FunctionDescriptor.of(i, p, p));
        pipe = call("pipe2", FunctionDescriptor.of(i, p, i));
        close = call("close", FunctionDescriptor.of(i, i));
        waitpid = call("waitpid", FunctionDescriptor.of(i, i, p, i));
    }

    /** The spawner, on Linux on x86-64 or arm64 with a C library that has every call; else empty. */
    static Optional<Spawner> load() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        // The pipes become streams through /proc/self/fd (see reader).
        if (!os.equals("linux") || !ARCHITECTURES.contains(arch) || !Files.isDirectory(Path.of("/proc/self/fd"))) {
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

    private MethodHandle call(String name, FunctionDescriptor descriptor) {
        return linker.downcallHandle(c.find(name).orElseThrow(), descriptor);
    }

    @Override
    public Process spawn(List<String> command, Path dir, Map<String, String> env) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            int[] out = pipe(arena);
            int[] err = null;
            int pid = 0;
            InputStream stdout = null;
            InputStream stderr = null;
            try {
                err = pipe(arena);
                pid = start(arena, command, dir, env, out, err);
                // The write ends are the child's now; the read ends become streams (opened before the write
                // ends close: opening a pipe with no writer left would wait for one).
                stdout = reader(out[0]);
                stderr = reader(err[0]);
                closeAll(out, err);
                out = null; // closed: their numbers may be anyone's from here on
                err = null;
                return SpawnedProcess.started(pid, stdout, stderr, this::reap);
            } catch (IOException | RuntimeException | Error e) {
                closeAll(out, err);
                closeQuietly(stdout);
                closeQuietly(stderr);
                if (pid > 0) {
                    // Out of descriptors, say: the child, in a session of its own that nobody knows of yet,
                    // must not outlive the failure.
                    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                    reap(pid);
                }
                throw e;
            }
        }
    }

    private int start(Arena arena, List<String> command, Path dir, Map<String, String> env, int[] out, int[] err)
            throws IOException {
        MemorySegment actions = arena.allocate(ACTIONS_SIZE, 16);
        MemorySegment attributes = arena.allocate(ATTRIBUTES_SIZE, 16);
        check(run(() -> (int) actionsInit.invokeExact(actions)), "posix_spawn_file_actions_init");
        try {
            check(run(() -> (int) attributesInit.invokeExact(attributes)), "posix_spawnattr_init");
            try {
                MemorySegment devNull = arena.allocateFrom("/dev/null");
                MemorySegment folder = arena.allocateFrom(dir.toString());
                check(run(() -> (int) addChdir.invokeExact(actions, folder)), "addchdir");
                check(run(() -> (int) addOpen.invokeExact(actions, 0, devNull, O_RDONLY, 0)), "addopen");
                connect(actions, out, 1);
                connect(actions, err, 2);
                check(run(() -> (int) addCloseFrom.invokeExact(actions, 3)), "addclosefrom");

                // A sigset_t is a bit mask on Linux, signal n at bit n - 1: no signal blocked, every one of
                // the 64 back to its default action.
                MemorySegment noSignals = arena.allocate(SIGSET_SIZE, 16);
                MemorySegment allSignals = arena.allocate(SIGSET_SIZE, 16);
                allSignals.set(ValueLayout.JAVA_LONG, 0, -1L);
                check(run(() -> (int) setSignalMask.invokeExact(attributes, noSignals)), "setsigmask");
                check(run(() -> (int) setSignalDefaults.invokeExact(attributes, allSignals)), "setsigdefault");
                short flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSID;
                check(run(() -> (int) setFlags.invokeExact(attributes, flags)), "setflags");

                MemorySegment pid = arena.allocate(ValueLayout.JAVA_INT);
                MemorySegment environment = strings(arena, env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
                MemorySegment program = arena.allocateFrom(command.get(0));
                MemorySegment argv = strings(arena, command);
                int error = run(() -> (int) spawn.invokeExact(pid, program, actions, attributes, argv, environment));
                if (error == ENOEXEC) {
                    // A file without #! is a script for sh, as execvp (and so ProcessBuilder) runs it.
                    List<String> viaShell = new ArrayList<>(List.of(SH));
                    viaShell.addAll(command);
                    MemorySegment sh = arena.allocateFrom(SH);
                    MemorySegment shArgv = strings(arena, viaShell);
                    error = run(() -> (int) spawn.invokeExact(pid, sh, actions, attributes, shArgv, environment));
                }
                if (error != 0) {
                    // ProcessBuilder's wording, which the reports and tests already know.
                    throw new IOException("Cannot run program \"" + command.get(0) + "\" (in directory \"" + dir + "\"): error="
                            + error + ", " + describe(error));
                }
                return pid.get(ValueLayout.JAVA_INT, 0);
            } finally {
                run(() -> (int) attributesDestroy.invokeExact(attributes));
            }
        } finally {
            run(() -> (int) actionsDestroy.invokeExact(actions));
        }
    }

    /** The child's descriptor {@code fd} becomes the pipe's write end. */
    private void connect(MemorySegment actions, int[] pipe, int fd) throws IOException {
        int writeEnd = pipe[1];
        check(run(() -> (int) addDup2.invokeExact(actions, writeEnd, fd)), "adddup2");
    }

    /** A pipe whose ends close on exec, so that no other child started meanwhile holds them open. */
    private int[] pipe(Arena arena) throws IOException {
        MemorySegment fds = arena.allocate(ValueLayout.JAVA_INT, 2);
        if (run(() -> (int) pipe.invokeExact(fds, O_CLOEXEC)) != 0) {
            throw new IOException("cannot open a pipe: too many open files");
        }
        return new int[] {fds.getAtIndex(ValueLayout.JAVA_INT, 0), fds.getAtIndex(ValueLayout.JAVA_INT, 1)};
    }

    private static void closeQuietly(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // Closing a pipe's read end: nothing to lose.
            }
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
                run(() -> (int) close.invokeExact(ends[0]));
                run(() -> (int) close.invokeExact(ends[1]));
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
            if (run(() -> (int) waitpid.invokeExact((int) pid, status, 0)) != pid) {
                throw new IllegalStateException("the status of process " + pid + " was collected elsewhere");
            }
            int value = status.get(ValueLayout.JAVA_INT, 0);
            int signal = value & 0x7f;
            return signal == 0 ? (value >> 8) & 0xff : 0x80 + signal;
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

    /** A call into the C library; invokeExact's Throwable becomes unchecked (the calls above throw none). */
    @FunctionalInterface
    private interface NativeCall {
        int call() throws Throwable;
    }

    private static int run(NativeCall call) {
        try {
            return call.call();
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

    /** The C library's words for an error number (strerror, linked only when an error is to be said). */
    private String describe(int error) {
        MethodHandle strerror = call("strerror", FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
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
