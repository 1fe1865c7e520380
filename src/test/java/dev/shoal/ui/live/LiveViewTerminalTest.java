package dev.shoal.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Tmux;
import dev.shoal.testing.Workspace;
import dev.shoal.ui.Ansi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The live view on a real terminal (tmux), driven by {@link LiveViewDriver}: more repos running than
 * the screen has rows, then what is left on screen and in the scrollback once it is over.
 */
class LiveViewTerminalTest {
    private static final int ROWS = 15;
    private static final int REPOS = 40;
    private static final Duration DEADLINE = Duration.ofMinutes(2);
    /** Anything the region shows while it runs, and nothing of a finished run. */
    private static final Pattern STATUS_LINE = Pattern.compile("^\\[\\d+/\\d+]|more running|Counting widgets");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {60, 120})
    void leavesEveryBlockAndTheSummaryAndNothingOfTheRegion(int columns) {
        try (Tmux tmux = startDriver(columns, String.valueOf(REPOS), "20")) {
            assertEquals(0, tmux.waitForExit(DEADLINE));
            List<String> history = tmux.history();
            assertFinishedCleanly(history, columns, tmux);
            for (int i = 0; i < REPOS; i++) {
                assertBlock(history, i);
            }
            String all = String.join("\n", history);
            assertTrue(all.contains("40 repos: 34 ok, 6 failed (4.2s)"), all);
            assertTrue(all.contains("failed: repo-03 (exit 1), repo-10 (exit 1)"), all);
            assertTrue(all.contains("rerun: shoal fetch repo-03 repo-10"), all);
            assertTrue(!all.contains("Resolving deltas:  50%"), "carriage-return rewrites are collapsed:\n" + all);
        }
    }

    @Test
    void narrowingTheTerminalMidRunLeavesNoGarbage() {
        // A screen already full, as it usually is, so the region sits at the bottom: tmux keeps the
        // cursor's row when it rewraps lines at the new width, and pushes what no longer fits above it
        // into the scrollback, out of anyone's reach. Six repos at a time, so the rewrapped region fits.
        List<String> command = new ArrayList<>(List.of("sh", "-c", "seq 1 " + ROWS + "; exec \"$@\"", "sh"));
        command.addAll(Workspace.javaCommand(LiveViewDriver.class.getName(), "60", "6"));
        try (Tmux tmux = Tmux.start(dir, 120, ROWS, Map.of(), command)) {
            tmux.waitForScreen("6 running", DEADLINE);
            tmux.resize(70, ROWS);
            assertEquals(0, tmux.waitForExit(DEADLINE));
            List<String> history = tmux.history();
            assertFinishedCleanly(history, 70, tmux);
            assertTrue(String.join("\n", history).contains("60 repos: 51 ok, 9 failed (4.2s)"), String.join("\n", history));
        }
    }

    @Test
    void ctrlCErasesTheRegionAndShowsTheCursor() {
        try (Tmux tmux = startDriver(80, "30", "20", "hang")) {
            // All but the ten that never finish are done, and the region shows more than fits.
            tmux.waitForScreen("[20/30] 10 running", DEADLINE);
            tmux.sendKeys("C-c");
            assertEquals(130, tmux.waitForExit(DEADLINE));
            List<String> history = tmux.history();
            assertTrue(history.stream().noneMatch(line -> STATUS_LINE.matcher(line).find()), String.join("\n", history));
            assertTrue(tmux.cursorVisible(), "cursor shown again");
        }
    }

    private Tmux startDriver(int columns, String... args) {
        return Tmux.start(dir, columns, ROWS, Map.of(), Workspace.javaCommand(LiveViewDriver.class.getName(), args));
    }

    private static void assertFinishedCleanly(List<String> history, int columns, Tmux tmux) {
        String all = String.join("\n", history);
        for (String line : history) {
            assertTrue(!STATUS_LINE.matcher(line).find(), "stray status line \"" + line + "\" in:\n" + all);
            assertTrue(Ansi.visibleLength(line) <= columns, "wider than " + columns + ": " + line);
        }
        assertTrue(tmux.cursorVisible(), "cursor shown again");
    }

    /** The repo's header once, directly followed by all its output: a block printed whole. */
    private static void assertBlock(List<String> history, int index) {
        String name = LiveViewDriver.name(index);
        String status = LiveViewDriver.fails(index) ? "failed, exit 1" : "ok";
        List<Integer> headers = IntStream.range(0, history.size())
                .filter(i -> history.get(i).startsWith("=== " + name + ": ")).boxed().toList();
        assertEquals(1, headers.size(), "one header for " + name + " in:\n" + String.join("\n", history));
        int header = headers.getFirst();
        assertTrue(history.get(header).startsWith("=== " + name + ": " + status), history.get(header));
        List<String> expected = LiveViewDriver.expectedOutput(index);
        assertEquals(expected, history.subList(header + 1, header + 1 + expected.size()), name + "'s block");
        if (header + 1 + expected.size() < history.size()) {
            String next = history.get(header + 1 + expected.size());
            assertTrue(next.startsWith("=== ") || next.startsWith(REPOS + " repos: "), "after " + name + "'s block: " + next);
        }
    }
}
