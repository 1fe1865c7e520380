package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** repos.yml, commands.yml and settings.yml under hostile content and unusual setups: limits, links, modes, leftovers. */
@ExtendWith(WorkspaceExtension.class)
class ConfigFilesSafetyTest {
    private static final String DEEP = "[".repeat(3000) + "]".repeat(3000);
    Workspace ws;

    @BeforeEach
    void setUp(Workspace workspace) throws IOException {
        ws = workspace;
        Files.createDirectories(ws.configHome());
    }

    @Test
    void deepNestingInAnyConfigFileIsAnErrorWithItsPlaceNotAStackTrace() throws IOException {
        ws.registeredRepos("api");
        String registry = ws.readReposFile();
        // The top mapping is the first level: the 64th '[' (at column 67) is the 65th.
        for (String[] fileAndCommand : new String[][] {{"repos.yml", "ll"}, {"commands.yml", "st"}, {"settings.yml", "ll"}}) {
            Path file = ws.configHome().resolve(fileAndCommand[0]);
            Files.writeString(file, "x: " + DEEP + "\n");
            ProcessResult result = ws.shoal(fileAndCommand[1]);
            assertEquals(2, result.exitCode(), result.stderr());
            assertEquals("shoal: " + file + ":1:67: nested more than 64 levels deep\n", result.stderr());
            Files.delete(file);
            Files.writeString(ws.reposFile(), registry);
        }
    }

    @Test
    void aDurationPastAWeekIsRefusedOnTheCommandLineAndInCommandsYml() throws IOException {
        ws.registeredRepos("api");
        ProcessResult huge = ws.shoal("shell", "--timeout", "99999999999999h", "true");
        assertEquals(2, huge.exitCode(), huge.stderr());
        assertTrue(huge.stderr().contains("'99999999999999h' is longer than 7 days, the longest duration shoal takes"), huge.stderr());
        ProcessResult digits = ws.shoal("shell", "--timeout", "9".repeat(40), "true");
        assertEquals(2, digits.exitCode(), digits.stderr());
        assertTrue(digits.stderr().contains("is longer than 7 days"), digits.stderr());
        assertEquals(0, ws.shoal("shell", "--timeout", "168h", "true").exitCode());

        Path commands = ws.configHome().resolve("commands.yml");
        Files.writeString(commands, "up:\n  cmd: git pull\n  timeout: 99999999999999h\n");
        ProcessResult file = ws.shoal("st");
        assertEquals(2, file.exitCode(), file.stderr());
        assertEquals("shoal: " + commands + ":3:12: 'timeout' of command 'up': '99999999999999h' is longer than 7 days,"
                + " the longest duration shoal takes\n", file.stderr());
    }

    @Test
    void aHelpTooLongToLayOutQuicklyIsRefusedWithItsPlace() throws IOException {
        Path commands = ws.configHome().resolve("commands.yml");
        Files.writeString(commands, "big:\n  cmd: git status\n  help: " + "word ".repeat(32_000).strip() + "\n");
        ProcessResult help = ws.shoal("--help");
        assertEquals(2, help.exitCode(), help.stderr());
        assertEquals("shoal: " + commands + ":3:9: 'help' of command 'big' is 159999 characters long; at most 4000\n", help.stderr());
    }

    @Test
    void aSymlinkedReposFileIsWrittenThroughToItsTargetKeepingItsMode() throws IOException {
        Path dotfiles = Files.createDirectories(ws.path("dotfiles"));
        Path target = dotfiles.resolve("repos.yml");
        Files.writeString(target, "repos: {}\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(ws.reposFile(), Path.of("../dotfiles/repos.yml"));

        ws.registeredRepos("api");

        assertTrue(Files.isSymbolicLink(ws.reposFile()), "the link is left as it was");
        assertTrue(Files.readString(target).contains("api:"), Files.readString(target));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        try (var left = Files.list(dotfiles)) {
            assertEquals(1, left.count(), "no temp file is left beside the target");
        }
    }

    @Test
    void aNewReposFileIsReadableByItsOwnerAlone() throws IOException {
        ws.registeredRepos("api");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ws.reposFile())));
    }

    @Test
    void aWriteThatCouldNotBeReadBackIsRefusedAndTheFileKept() throws IOException {
        // Just under the limit, in short lines (what SnakeYAML reads fastest: 3 MiB still takes seconds).
        StringBuilder filler = new StringBuilder("notes:\n");
        while ("repos: {}\n".length() + filler.length() + "- a note of mine\n".length() <= 3 * 1024 * 1024) {
            filler.append("- a note of mine\n"); // as shoal writes it back, so only the new repo adds bytes
        }
        Files.writeString(ws.reposFile(), "repos: {}\n" + filler);
        ws.repo("src/api");

        ProcessResult add = ws.shoal("add", ws.path("src/api").toString());

        assertEquals(2, add.exitCode(), add.stderr());
        assertTrue(add.stderr().startsWith("shoal: not written: " + ws.reposFile() + " would be "), add.stderr());
        assertTrue(add.stderr().contains("more than the 3 MiB shoal reads"), add.stderr());
        assertEquals("repos: {}\n" + filler, ws.readReposFile(), "the file, readable as it was, is kept");
    }

    @Test
    void tempFilesOfAKilledWriterAreRemovedByTheNextWriter() throws IOException {
        Path stale = ws.configHome().resolve(".repos.yml.4194305.8812.tmp"); // above Linux's largest pid
        Path legacy = ws.configHome().resolve(".repos.yml.7263548190027.tmp");
        Path live = ws.configHome().resolve(".repos.yml." + ProcessHandle.current().pid() + ".1.tmp");
        for (Path temp : new Path[] {stale, legacy, live}) {
            Files.writeString(temp, "half a file");
        }
        ws.registeredRepos("api");
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(legacy));
        assertTrue(Files.exists(live), "a running writer's temp file is its own");
    }

    @Test
    void scalarsOfUnknownKeysAreKeptAsWritten() throws IOException {
        Files.writeString(ws.reposFile(), """
                repos: {}
                mine:
                  version: 1.10
                  mask: 0x1F
                  quoted: '1.10'
                  octal: 0o17
                  when: 2024-01-01
                  list: [1.0, ~, true]
                """);
        ws.registeredRepos("api");
        String written = ws.readReposFile();
        for (String kept : new String[] {"version: 1.10", "mask: 0x1F", "quoted: '1.10'", "octal: 0o17", "when: 2024-01-01",
                "- 1.0", "- ~", "- true"}) {
            assertTrue(written.contains(kept), kept + " in\n" + written);
        }
    }

    @Test
    void aWriterWaitingForAnotherSaysWhomItWaitsFor() throws Exception {
        ws.repo("src/api");
        Path lockFile = ws.configHome().resolve(".repos.yml.lock");
        Path err = ws.path("err");
        Process shoal;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            channel.write(StandardCharsets.US_ASCII.encode("4242\n"));
            ProcessBuilder builder = new ProcessBuilder(Workspace.shoalCommand("add", ws.path("src/api").toString()))
                    .directory(ws.root().toFile()).redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(ws.env());
            shoal = builder.start();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!Files.readString(err).contains("waiting") && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            assertTrue(shoal.isAlive(), "it waits while the lock is held: " + Files.readString(err));
        }
        assertEquals(0, shoal.waitFor());
        assertEquals("shoal: waiting for shoal (pid 4242) to finish writing " + ws.reposFile() + "\n", Files.readString(err));
        assertTrue(ws.readReposFile().contains("api:"));
    }
}
