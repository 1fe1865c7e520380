package dev.shoal.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one place shoal starts a process. It applies {@link ChildEnvironment}, connects the process as
 * its {@link LaunchSpec.Io} says, looks programs up on the session's PATH, and puts a captured job in a
 * session of its own: in a run of many jobs, where the JDK and the C library allow, with posix_spawn
 * called directly ({@link PosixSpawner}); else with ProcessBuilder and util-linux's {@code setsid}, where
 * that is installed. Everything else is started with ProcessBuilder.
 */
public final class OsLauncher implements Launcher {
    public static final OsLauncher INSTANCE = new OsLauncher();
    private static final File NULL_DEVICE = new File("/dev/null");
    /**
     * From how many jobs a run links the native spawner. Linking its C calls costs about 70 ms of CPU (JFR
     * samples of `shoal fetch`), some fourteen starts' worth at 5 ms saved a start: on 10 repos with a slow
     * remote, fetch took 1207 ms with it and 1130 ms without; on 100, 5133 ms with it and 5753 ms without
     * (medians of paired runs, bench/README).
     */
    static final int NATIVE_FROM = 32;
    /** The native spawner once linked (empty where there is none); null until then, and jobs use ProcessBuilder. */
    private static volatile Optional<Spawner> linked;
    private static final AtomicBoolean LINKING = new AtomicBoolean();

    private static final ExecutorService SPAWNER = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("shoal-spawn-", 0).daemon().factory());
    /** The nice value of each captured job's session, for the run under way ({@link #expect}). */
    private volatile int jobNice;
    /** Programs found on a PATH, by PATH and name: a run looks up the same few names thousands of times. */
    private final Map<String, Optional<String>> found = new ConcurrentHashMap<>();

    private OsLauncher() {
    }

    /**
     * A run of many jobs links the native spawner on another thread; the jobs that start meanwhile use
     * ProcessBuilder. Under the live view, the more jobs run at once, the lighter each one's session
     * ({@link SessionWeight}).
     */
    @Override
    public void expect(int jobs, int atOnce, boolean redrawn) {
        jobNice = redrawn ? SessionWeight.niceFor(Math.min(jobs, atOnce)) : 0;
        if (jobs >= NATIVE_FROM && LINKING.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("shoal-spawn-link").start(OsLauncher::linkNow);
        }
    }

    /** Links the native spawner on this thread, unless that is done (the tests use it to be sure it is). */
    static synchronized void linkNow() {
        if (linked == null) {
            linked = Spawner.posix();
        }
    }

    /**
     * Starts the process from a platform thread. The JDK waits in native code until the child has
     * exec'd, which would hold one of the few carrier threads of the virtual threads all that time: a
     * hundred starts then go two at a time on two cores, while already started commands want the CPU.
     */
    @Override
    public Process start(LaunchSpec spec) throws IOException {
        if (Thread.currentThread().isVirtual()) {
            return onPlatformThread(spec);
        }
        return startHere(spec);
    }

    private Process onPlatformThread(LaunchSpec spec) throws IOException {
        Future<Process> started = SPAWNER.submit(() -> startHere(spec));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return started.get();
                } catch (InterruptedException e) {
                    // The process is being started and must be known to be stopped: wait for it.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Process startHere(LaunchSpec spec) throws IOException {
        Map<String, String> env = ChildEnvironment.of(spec);
        // The process's own PATH, whose relative entries ChildEnvironment made absolute.
        String path = env.get("PATH");
        List<String> command = new ArrayList<>(spec.argv());
        String program = command.get(0);
        if (!program.contains("/")) {
            // Never the bare name: started from the repo's folder, it could name a file of the repo's.
            command.set(0, program(path, program).orElseThrow(() -> new IOException(
                    "Cannot run program \"" + program + "\": error=2, No such file or directory")));
        }
        LaunchSpec.Io io = spec.io();
        Optional<Spawner> spawner = linked;
        Optional<String> setsid = Optional.empty();
        if (io == LaunchSpec.Io.CAPTURED) {
            if (spawner != null && spawner.isPresent()) {
                return lightened(spawner.get().spawn(command, spec.dir(), env));
            }
            // -w: should setsid have to fork (it does when already a group leader), it waits and passes on the exit code.
            setsid = program(path, "setsid");
            setsid.ifPresent(found -> command.addAll(0, List.of(found, "-w")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(spec.dir().toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        switch (io) {
            case CAPTURED -> builder.redirectInput(NULL_DEVICE);
            case READ_OUT -> builder.redirectInput(NULL_DEVICE).redirectError(ProcessBuilder.Redirect.DISCARD);
            case READ_ERR -> builder.redirectInput(NULL_DEVICE).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            case TERMINAL -> builder.inheritIO();
        }
        Process process = builder.start();
        // Without setsid the job stays in shoal's session, whose weight is not the job's to change.
        return setsid.isPresent() ? lightened(process) : process;
    }

    private Process lightened(Process job) {
        SessionWeight.lighten(job, jobNice);
        return job;
    }

    /** The program's path on {@code path} (the JVM would look on its own PATH, not the session's). */
    private Optional<String> program(String path, String name) {
        return found.computeIfAbsent(path + File.pathSeparator + File.pathSeparator + name, key -> {
            // No PATH at all: where the C library's execvp looks then.
            for (String dir : (path == null ? "/bin:/usr/bin" : path).split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
            return Optional.empty();
        });
    }
}
