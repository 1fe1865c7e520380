package dev.shoal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every process shoal starts is given, whichever way it is started: checked on real processes.
 * On JDK 22+ on Linux every process but a terminal's goes through posix_spawn ({@link PosixSpawner}), the
 * rest through ProcessBuilder. {@link #theNativeSpawnerIsUsedWhereItCanBe} says the native one is there,
 * so these cases cannot pass on ProcessBuilder's path alone; SessionEndTest runs jobs both ways.
 */
class OsLauncherTest {
    @TempDir
    Path dir;

    private Process start(LaunchSpec.Io io, String script) throws IOException {
        Map<String, String> env = Map.of("PATH", System.getenv("PATH"), "HOME", dir.toString());
        return OsLauncher.INSTANCE.start(new LaunchSpec(List.of("sh", "-c", script), dir, env, List.of(), io));
    }

    private Path executable(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static String out(Process process) throws Exception {
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return text;
    }

    @Test
    void theNativeSpawnerIsUsedWhereItCanBe() {
        boolean linux = System.getProperty("os.name").equals("Linux");
        assertEquals(linux && Runtime.version().feature() >= 22, Spawner.posix().isPresent());
        assertEquals(Spawner.posix().isPresent(), OsLauncher.spawner().isPresent());
    }

    @Test
    void aCapturedJobLeadsASessionOfItsOwnWithoutATerminalOrStdin() throws Exception {
        // Fields of /proc/self/stat after the command name: state ppid pgrp session tty_nr ...
        Process process = start(LaunchSpec.Io.CAPTURED,
                "echo $$; cut -d')' -f2 /proc/$$/stat | cut -d' ' -f5,6; cat; readlink /proc/$$/fd/0; ls /proc/$$/fd");
        String[] lines = out(process).split("\n");
        String pid = lines[0];
        assertEquals(pid + " 0", lines[1], "session = its own pid, tty_nr = 0 (none)");
        assertEquals("/dev/null", lines[2], "stdin is /dev/null, and cat read nothing from it");
        // The shell's descriptors: stdin, stdout, stderr, and none of shoal's.
        assertEquals(List.of("0", "1", "2"), List.of(lines).subList(3, lines.length));
        assertEquals(0, process.exitValue());
    }

    /**
     * What each way of connecting gives the process, read from /proc while it runs: stdin /dev/null, a
     * pipe for each stream shoal reads and /dev/null for the other, nothing else open. shoal's own code
     * does this on the native path, so it is checked here rather than taken from ProcessBuilder.
     */
    @ParameterizedTest
    @EnumSource(value = LaunchSpec.Io.class, names = {"CAPTURED", "READ_OUT", "READ_ERR"})
    void eachWayGetsStdinFromDevNullAPipePerStreamReadAndNothingElse(LaunchSpec.Io io) throws Exception {
        Process process = start(io, "exec sleep 30");
        try {
            assertEquals(OsLauncher.spawner().isPresent(), process instanceof SpawnedProcess, "the native path where there is one");
            Path fds = Path.of("/proc", Long.toString(process.pid()), "fd");
            // Until sh has exec'd sleep, and sleep's loader has closed the libraries it opens (as fd 3,
            // for a moment), the list may show more: so until sleep sleeps (state S), its descriptors seen
            // twice, 20 ms apart. A descriptor leaked by shoal stays for the 30 s.
            Path comm = fds.resolveSibling("comm");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!(sleeping(comm) && descriptors(fds).equals(List.of("0", "1", "2")) && settled(fds))
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals("sleep", Files.readString(comm).strip());
            assertEquals(List.of("0", "1", "2"), descriptors(fds));
            assertEquals("/dev/null", opened(fds.resolve("0")));
            assertEquals(io == LaunchSpec.Io.READ_ERR ? "/dev/null" : "pipe", opened(fds.resolve("1")));
            assertEquals(io == LaunchSpec.Io.READ_OUT ? "/dev/null" : "pipe", opened(fds.resolve("2")));
        } finally {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** The descriptors listed in /proc/PID/fd, by number. */
    /** Whether the process is sleep, asleep: its loader done. */
    private static boolean sleeping(Path comm) throws IOException {
        String stat = Files.readString(comm.resolveSibling("stat"));
        return Files.readString(comm).strip().equals("sleep") && stat.substring(stat.lastIndexOf(')') + 2).startsWith("S");
    }

    /** Whether the descriptors are the same 20 ms later. */
    private static boolean settled(Path fds) throws IOException, InterruptedException {
        List<String> before = descriptors(fds);
        Thread.sleep(20);
        return descriptors(fds).equals(before);
    }

    private static List<String> descriptors(Path fds) throws IOException {
        try (Stream<Path> open = Files.list(fds)) {
            return open.map(fd -> fd.getFileName().toString()).sorted().toList();
        }
    }

    /** What a descriptor of /proc/PID/fd is open on: a file's path, or "pipe" for any pipe. */
    private static String opened(Path fd) throws IOException {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("pipe:") ? "pipe" : target;
    }

    @Test
    void readersStayInShoalsSession() throws Exception {
        long session = Long.parseLong(Files.readString(Path.of("/proc/self/stat")).split("\\) ")[1].split(" ")[3]);
        Process process = start(LaunchSpec.Io.READ_OUT, "cut -d')' -f2 /proc/$$/stat | cut -d' ' -f5");
        assertEquals(session, Long.parseLong(out(process).strip()));
    }

    @Test
    void exitCodesAndSignalsComeBackAsTheJdkReportsThem() throws Exception {
        assertEquals(3, start(LaunchSpec.Io.CAPTURED, "exit 3").waitFor());
        assertEquals(128 + 9, start(LaunchSpec.Io.CAPTURED, "kill -9 $$").waitFor());
        Process sleeping = start(LaunchSpec.Io.CAPTURED, "exec sleep 30");
        assertTrue(sleeping.isAlive());
        sleeping.destroy();
        assertTrue(sleeping.waitFor(10, TimeUnit.SECONDS));
        assertEquals(128 + 15, sleeping.exitValue());
        assertFalse(sleeping.isAlive());
        assertFalse(sleeping.toHandle().isAlive());
    }

    @Test
    void eachReaderGetsOnlyTheStreamItAsksFor() throws Exception {
        String script = "echo out; echo err >&2";
        Process captured = start(LaunchSpec.Io.CAPTURED, script);
        assertEquals("err\n", new String(captured.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("out\n", out(captured));
        assertEquals("out\n", out(start(LaunchSpec.Io.READ_OUT, script)));
        Process errors = start(LaunchSpec.Io.READ_ERR, script);
        assertEquals("", out(errors));
        assertEquals("err\n", new String(errors.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void moreOutputThanAPipeHoldsComesThroughWhole() throws Exception {
        // 1 MiB, sixteen times a pipe's buffer: the child blocks until it is read.
        Process process = start(LaunchSpec.Io.CAPTURED, "head -c 1048576 /dev/zero");
        assertEquals(1 << 20, process.getInputStream().readAllBytes().length);
        assertEquals(0, process.waitFor());
    }

    @Test
    void aProgramNotOnPathIsNotRunFromTheFolder() throws Exception {
        executable("shoal-no-such-program", "#!/bin/sh\ntouch planted-ran\n");
        Map<String, String> env = Map.of("PATH", System.getenv("PATH"));
        IOException refused = assertThrows(IOException.class, () -> OsLauncher.INSTANCE.start(
                new LaunchSpec(List.of("shoal-no-such-program"), dir, env, List.of(), LaunchSpec.Io.CAPTURED)));
        assertTrue(refused.getMessage().startsWith("Cannot run program \"shoal-no-such-program\""), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("planted-ran")));
    }

    @Test
    void aScriptWithoutAShebangRunsThroughSh() throws Exception {
        // execvp, and so ProcessBuilder, runs such a file with sh; posix_spawn alone says "Exec format error".
        Path script = executable("plain-script", "echo ran by sh\n");
        Map<String, String> env = Map.of("PATH", System.getenv("PATH"));
        Process process = OsLauncher.INSTANCE.start(new LaunchSpec(List.of(script.toString()), dir, env, List.of(), LaunchSpec.Io.CAPTURED));
        assertEquals("ran by sh\n", out(process));
        assertEquals(0, process.exitValue());
    }

    @Test
    void aMissingFolderIsSaidTheWayTheJdkSaysIt() {
        Map<String, String> env = Map.of("PATH", System.getenv("PATH"));
        IOException refused = assertThrows(IOException.class, () -> OsLauncher.INSTANCE.start(
                new LaunchSpec(List.of("true"), dir.resolve("gone"), env, List.of(), LaunchSpec.Io.CAPTURED)));
        assertTrue(refused.getMessage().contains("No such file or directory"), refused.getMessage());
    }
}
