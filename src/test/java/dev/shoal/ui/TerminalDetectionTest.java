package dev.shoal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shoal.run.ShellWords;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Processes;
import dev.shoal.testing.Tmux;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whether stdout is a terminal is told without Jansi's native library wherever it surely is not one: a
 * pipe, a file, /dev/null. Each case runs {@code shoal ll} in a real shell with stdout sent there, and
 * reads from the JVM's class log whether Jansi was loaded. On a real terminal (tmux) the C library's
 * isatty and ioctl answer, called by shoal itself on JDK 22+ on Linux (elsewhere Jansi, the JDK's Console
 * and stty do), with the facts of the window, resized or not.
 */
@ExtendWith(WorkspaceExtension.class)
class TerminalDetectionTest {
    private Workspace ws;

    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        ws.registeredRepos("alpha");
    }

    @ParameterizedTest
    @ValueSource(strings = {"| cat", "> out.txt", "> /dev/null"})
    void noTerminalIsToldWithoutJansi(String redirect) throws IOException {
        Path log = ws.path("classes.log");
        ProcessResult result = ProcessResult.run(List.of("sh", "-c", ShellWords.join(command(log)) + " " + redirect),
                ws.root(), ws.env());
        assertEquals(0, result.exitCode(), result.stderr());
        assertFalse(jansiLoaded(log), "Jansi loaded with stdout " + redirect);
        if (redirect.equals("> out.txt")) {
            String table = Files.readString(ws.path("out.txt"));
            assertTrue(table.contains("alpha") && !table.contains("\u001b["), "a plain table: " + table);
        }
    }

    @Test
    void aTerminalIsAskedOfTheCLibraryWithoutJansi() throws IOException {
        assumeTrue(Runtime.version().feature() >= 22 && System.getProperty("os.name").equals("Linux")
                && Set.of("amd64", "aarch64").contains(System.getProperty("os.arch")), "shoal calls the C library here");
        Path log = ws.path("classes.log");
        try (Tmux tmux = Tmux.start(ws.root(), 100, 20, ws.env(), command(log))) {
            assertEquals(0, tmux.waitForExit(Duration.ofSeconds(30)));
        }
        assertFalse(jansiLoaded(log), "Jansi loaded on a terminal");
        assertTrue(Files.readString(log).contains(" dev.shoal.ui.PosixTerminalCalls "), "the C library asked");
    }

    /** The probe the tests above rely on sees Jansi when a JVM does load it (Jansi's own main prints what it finds). */
    @Test
    void theProbeSeesJansiWhereItIsLoaded() throws IOException {
        Path log = ws.path("classes.log");
        List<String> command = new ArrayList<>(Workspace.javaCommand("org.fusesource.jansi.AnsiMain"));
        command.add(1, "-Xlog:class+load=info:file=" + log);
        ProcessResult result = ProcessResult.run(command, ws.root(), ws.env());
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(jansiLoaded(log), "Jansi's classes in the log");
    }

    /** The window's size, and its new size after a resize, and that stdin is a terminal too. */
    @Test
    void theFactsAreTheWindows() {
        List<String> command = Workspace.javaCommand(TerminalFactsDriver.class.getName());
        try (Tmux tmux = Tmux.start(ws.root(), 100, 20, ws.env(), command)) {
            tmux.waitForScreen("stdin true stdout true width 100 size 100x20", Duration.ofSeconds(30));
            tmux.resize(70, 15);
            // Asked again on each line (where stty is asked, it answers in the background, within a second).
            String resized = "stdin true stdout true width 70 size 70x15";
            for (int asked = 0; asked < 20 && tmux.screen().stream().noneMatch(row -> row.contains(resized)); asked++) {
                tmux.sendKeys("Enter");
                Processes.pause(300);
            }
            tmux.waitForScreen(resized, Duration.ofSeconds(5));
        }
    }

    /** An Emacs buffer that only shows output (M-x compile) is a pseudo-terminal, and no terminal to shoal. */
    @Test
    void anEmacsOutputBufferIsNoTerminal() {
        List<String> command = new ArrayList<>(List.of("env", "TERM=dumb", "INSIDE_EMACS=29.1,compile"));
        command.addAll(Workspace.javaCommand(TerminalFactsDriver.class.getName()));
        try (Tmux tmux = Tmux.start(ws.root(), 100, 20, ws.env(), command)) {
            tmux.waitForScreen("stdin false stdout false width " + Integer.MAX_VALUE + " size 100x20", Duration.ofSeconds(30));
        }
    }

    /** {@code shoal ll} with the JVM logging each class it loads to {@code log}. */
    private static List<String> command(Path log) {
        List<String> command = new ArrayList<>(Workspace.shoalCommand("ll"));
        command.add(1, "-Xlog:class+load=info:file=" + log);
        return command;
    }

    private static boolean jansiLoaded(Path log) throws IOException {
        return Files.readAllLines(log).stream().anyMatch(line -> line.contains(" org.fusesource.jansi."));
    }
}
