package dev.shoal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signals sent to the launched JVM itself (bin/shoal execs java, so its pid is the JVM's). */
class SignalIT {
    private static final Path ROOT = Path.of(System.getProperty("shoal.root", "")).toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void aThreadDumpOnSigquitGoesToStderrNotIntoTheJsonOnStdout() throws IOException, InterruptedException {
        Path repo = Files.createDirectories(temp.resolve("src/api"));
        assertEquals(0, new ProcessBuilder("git", "init", "-q", repo.toString()).start().waitFor());
        assertEquals(0, launcher("add", repo.toString()).start().waitFor());
        Path out = temp.resolve("out");
        Path err = temp.resolve("err");
        Process shoal = launcher("shell", "--output", "json", "sleep 4").redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        // Once shoal has started the repo's sleep, the JVM is up with its signal handlers (the launcher's own
        // children, such as its find, come before the JVM and would let the signal hit bash or a JVM not yet ready).
        while (shoal.descendants().noneMatch(SignalIT::isSleep) && shoal.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertEquals(0, new ProcessBuilder("kill", "-QUIT", Long.toString(shoal.pid())).start().waitFor());
        assertTrue(shoal.waitFor(60, TimeUnit.SECONDS));
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, shoal.exitValue(), stderr);
        assertTrue(stdout.startsWith("{\"") && stdout.lines().count() == 1, stdout);
        assertFalse(stdout.contains("thread dump"), stdout);
        assertTrue(stderr.contains("Full thread dump"), stderr);
    }

    private static boolean isSleep(ProcessHandle process) {
        return process.info().command().filter(c -> c.endsWith("/sleep")).isPresent();
    }

    private ProcessBuilder launcher(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve("bin/shoal").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("SHOAL_HOME", temp.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        builder.environment().put("SHOAL_NO_AOT", "1");
        return builder;
    }
}
