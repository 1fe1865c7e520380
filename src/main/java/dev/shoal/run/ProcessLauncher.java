package dev.shoal.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts a job's process the way a parallel run needs it: in the repo's folder, with the job's
 * environment, stdin from /dev/null, and, where util-linux's {@code setsid} is on the PATH, in a session
 * of its own: without a controlling terminal, ssh and git have no /dev/tty to prompt on, and the
 * terminal's Ctrl-C reaches shoal alone, which then stops each child's whole tree itself.
 */
final class ProcessLauncher {
    private static final File NULL_DEVICE = new File("/dev/null");
    private static final ExecutorService SPAWNER = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("shoal-spawn-", 0).daemon().factory());
    private final Optional<Path> setsid;

    private ProcessLauncher(Optional<Path> setsid) {
        this.setsid = setsid;
    }

    /** Looks for setsid on this JVM's PATH, which is also where ProcessBuilder looks for programs. */
    static ProcessLauncher detect() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "setsid");
                if (Files.isExecutable(candidate)) {
                    return new ProcessLauncher(Optional.of(candidate));
                }
            }
        }
        return new ProcessLauncher(Optional.empty());
    }

    /**
     * Starts the process from a platform thread. The JDK waits in native code until the child has
     * exec'd, which would hold one of the few carrier threads of the virtual threads all that time: a
     * hundred starts then go two at a time on two cores, while already started commands want the CPU.
     */
    Process start(List<String> argv, Path dir, Map<String, String> env) throws IOException {
        Future<Process> started = SPAWNER.submit(() -> startHere(argv, dir, env));
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

    private Process startHere(List<String> argv, Path dir, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>();
        // -w: should setsid have to fork (it does when already a group leader), it waits and passes on the exit code.
        setsid.ifPresent(program -> command.addAll(List.of(program.toString(), "-w")));
        command.addAll(argv);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(NULL_DEVICE));
        return builder.start();
    }
}
