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

/**
 * The one place shoal starts a process. It applies {@link ChildEnvironment}, connects the process as
 * its {@link LaunchSpec.Io} says, looks programs up on the session's PATH, and puts a captured job in a
 * session of its own. Where the JDK and the C library allow, every process but one handed the terminal
 * is started with posix_spawn called directly ({@link PosixSpawner}), which runs no program but the one
 * asked for; elsewhere with ProcessBuilder, which runs the JDK's jspawnhelper first, and util-linux's
 * {@code setsid} for a captured job's session, where that is installed.
 */
public final class OsLauncher implements Launcher {
    public static final OsLauncher INSTANCE = new OsLauncher();
    private static final File NULL_DEVICE = new File("/dev/null");
    /** The native spawner (empty where there is none), linked by the first start that can use it: not a terminal's. */
    private static volatile Optional<Spawner> linked;

    private static final ExecutorService SPAWNER = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("shoal-spawn-", 0).daemon().factory());
    /** The nice value of each captured job's session, for the run under way ({@link #expect}). */
    private volatile int jobNice;
    /** Programs found on a PATH, by PATH and name: a run looks up the same few names thousands of times. */
    private final Map<String, Optional<String>> found = new ConcurrentHashMap<>();

    private OsLauncher() {
    }

    /** Under the live view, the more jobs run at once, the lighter each one's session ({@link SessionWeight}). */
    @Override
    public void expect(int jobs, int atOnce, boolean redrawn) {
        jobNice = redrawn ? SessionWeight.niceFor(Math.min(jobs, atOnce)) : 0;
    }

    /**
     * Links the native spawner on a thread of its own, for a run that will start processes: its first start
     * would otherwise wait for the linking (40 ms of CPU in a profile of {@code ll}, mostly the JDK writing
     * the downcall's classes), while the start's main thread, building the command and reading the registry,
     * leaves the second core idle.
     */
    public static void linkAhead() {
        Thread.ofPlatform().name("shoal-link").daemon().start(OsLauncher::spawner);
    }

    /** The native spawner, linked on first use (about 20 ms of CPU, once per process: PosixSpawner). */
    static Optional<Spawner> spawner() {
        Optional<Spawner> spawner = linked;
        if (spawner == null) {
            synchronized (OsLauncher.class) {
                if (linked == null) {
                    linked = Spawner.posix();
                }
                spawner = linked;
            }
        }
        return spawner;
    }

    /**
     * posix_spawn returns as soon as the child has exec'd (with four at once on two cores: 1.2 ms at the
     * median, 15 ms at worst), so it is called on the thread at hand. ProcessBuilder is called from a
     * platform thread: the JDK waits in native code until jspawnhelper has exec'd the program, 5 to 30 ms
     * with four at once on two cores, which would hold one of the few carrier threads of the virtual
     * threads all that time.
     */
    @Override
    public Process start(LaunchSpec spec) throws IOException {
        Optional<Spawner> spawner = spec.io() == LaunchSpec.Io.TERMINAL ? Optional.empty() : spawner();
        if (spawner.isEmpty() && Thread.currentThread().isVirtual()) {
            return onPlatformThread(spec);
        }
        return startHere(spec, spawner);
    }

    private Process onPlatformThread(LaunchSpec spec) throws IOException {
        Future<Process> started = SPAWNER.submit(() -> startHere(spec, Optional.empty()));
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

    /** With {@code spawner} where there is one for this process, else with ProcessBuilder. */
    private Process startHere(LaunchSpec spec, Optional<Spawner> spawner) throws IOException {
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
        if (spawner.isPresent()) {
            Process process = spawner.get().spawn(command, spec.dir(), env, io);
            return io == LaunchSpec.Io.CAPTURED ? lightened(process) : process;
        }
        Optional<String> setsid = Optional.empty();
        if (io == LaunchSpec.Io.CAPTURED) {
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
