package dev.shoal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Processes;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A job's session is ended when its leader is collected, and never again after: what the job left running
 * goes at the job's end, and a pid the run has collected (which the system may give to another process,
 * that may lead a session of its own) is not swept at the run's end. Real processes, started both ways
 * shoal starts a job.
 */
class SessionEndTest {
    /** Leaves a sleep in its session, detached from the job's output, and writes its pid to left.pid. */
    private static final String LEAVES_A_SLEEP = "sleep 300 </dev/null >/dev/null 2>&1 & echo $! > left.pid";

    @TempDir
    Path dir;

    /** ProcessBuilder with setsid, as OsLauncher starts a job of a small run; posix_spawn where there is one. */
    static Stream<String> ways() {
        return Spawner.posix().isPresent() ? Stream.of("setsid", "posix_spawn") : Stream.of("setsid");
    }

    private static Launcher launcher(String way) {
        return spec -> {
            List<String> command = new ArrayList<>(spec.argv());
            if (way.equals("posix_spawn")) {
                return Spawner.posix().orElseThrow().spawn(command, spec.dir(), spec.env(), spec.io());
            }
            command.addAll(0, List.of("setsid", "-w"));
            return new ProcessBuilder(command).directory(spec.dir().toFile()).redirectInput(new File("/dev/null")).start();
        };
    }

    private Attempt.Result attempt(RunControl control, Launcher launcher, String script) {
        LaunchSpec spec = new LaunchSpec(List.of("/bin/sh", "-c", script), dir, Map.of("PATH", "/usr/bin:/bin"), List.of(),
                LaunchSpec.Io.CAPTURED);
        try (CaptureStore store = new CaptureStore(dir, CaptureStore.MEMORY_BUDGET)) {
            Attempt.Result result = new Attempt("r", spec, Attempt.NEVER, control).run(store, new RunnerTest.RecordingListener(), launcher);
            result.discard();
            return result;
        }
    }

    @ParameterizedTest
    @MethodSource("ways")
    void whatAJobLeftRunningEndsWhenItsLeaderIsCollected(String way) {
        RunControl control = new RunControl();
        try {
            assertTrue(attempt(control, launcher(way), LEAVES_A_SLEEP).ok());
            long left = Processes.awaitPid(dir.resolve("left.pid"));
            assertTrue(Processes.gone(left), "the sleep the job left outlived its job (" + way + ")");
        } finally {
            control.killAll();
        }
    }

    @Test
    void aSessionWhoseLeadersPidIsAnotherProcesssNowIsLeftAlone() throws Exception {
        // Another program's session: its leader, and a member it left in the background, a sleep whose name
        // has what /proc/PID/stat's reader must get past: parentheses and spaces.
        Path sleep = Stream.of("/bin/sleep", "/usr/bin/sleep").map(Path::of).filter(Files::isExecutable).findFirst().orElseThrow();
        Path named = Files.createSymbolicLink(dir.resolve("a) (b"), sleep);
        Process stranger = new ProcessBuilder("setsid", "-w", "sh", "-c", "\"$0\" 300 </dev/null >/dev/null 2>&1 & echo $!; exec sleep 300",
                named.toString()).redirectInput(new File("/dev/null")).start();
        try {
            long member = Long.parseLong(new BufferedReader(new InputStreamReader(stranger.getInputStream(), StandardCharsets.UTF_8))
                    .readLine().strip());
            assertEquals(List.of(member), Sessions.members(stranger.pid()), "the stranger's session, as shoal finds it");
            // One of the run's jobs, collected, whose pid the system has given to the stranger since.
            RunControl control = new RunControl();
            Launcher recycled = spec -> new RecycledPid(new ProcessBuilder("true").start(), stranger.pid());
            assertTrue(attempt(control, recycled, "true").ok());
            control.killAll();
            assertTrue(Processes.alive(member), "the stranger's session member was killed");
            assertTrue(stranger.isAlive(), "the stranger was killed");
        } finally {
            ProcessTree.kill(stranger.toHandle(), Attempt.KILL_GRACE);
        }
    }

    /** A job's process as the run sees it once collected: it ran and exited, and its pid is now {@code pid}'s. */
    private static final class RecycledPid extends Process {
        private final Process ran;
        private final Gone handle;

        RecycledPid(Process ran, long pid) {
            this.ran = ran;
            this.handle = new Gone(pid);
        }

        @Override
        public OutputStream getOutputStream() {
            return ran.getOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return ran.getInputStream();
        }

        @Override
        public InputStream getErrorStream() {
            return ran.getErrorStream();
        }

        @Override
        public int waitFor() throws InterruptedException {
            return ran.waitFor();
        }

        @Override
        public CompletableFuture<Process> onExit() {
            return ran.onExit().thenApply(p -> this);
        }

        @Override
        public int exitValue() {
            return ran.exitValue();
        }

        @Override
        public void destroy() {
            ran.destroy();
        }

        @Override
        public long pid() {
            return handle.pid();
        }

        @Override
        public ProcessHandle toHandle() {
            return handle;
        }
    }

    /** The handle of a process that is gone: not the one that holds its pid now. */
    private record Gone(long pid) implements ProcessHandle {
        @Override
        public Optional<ProcessHandle> parent() {
            return Optional.empty();
        }

        @Override
        public Stream<ProcessHandle> children() {
            return Stream.empty();
        }

        @Override
        public Stream<ProcessHandle> descendants() {
            return Stream.empty();
        }

        @Override
        public Info info() {
            throw new UnsupportedOperationException("gone");
        }

        @Override
        public CompletableFuture<ProcessHandle> onExit() {
            return CompletableFuture.completedFuture(this);
        }

        @Override
        public boolean supportsNormalTermination() {
            return true;
        }

        @Override
        public boolean destroy() {
            return false;
        }

        @Override
        public boolean destroyForcibly() {
            return false;
        }

        @Override
        public boolean isAlive() {
            return false;
        }

        @Override
        public int compareTo(ProcessHandle other) {
            return Long.compare(pid, other.pid());
        }
    }
}
