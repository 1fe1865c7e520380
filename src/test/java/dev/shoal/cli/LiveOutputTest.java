package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.shoal.testing.Tmux;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Real shoal in a real terminal (tmux), with more repos running at once than the screen has rows:
 * live is the default there, and when it is over only the blocks and the summary are left.
 */
@ExtendWith(WorkspaceExtension.class)
class LiveOutputTest {
    private static final int REPOS = 24;
    private static final int COLUMNS = 90;
    private static final int ROWS = 15;
    private static final Duration DEADLINE = Duration.ofMinutes(2);
    /** What only the live region shows. */
    private static final Pattern STATUS_LINE = Pattern.compile("^\\[\\d+/\\d+]|more running");

    Workspace ws;

    /** REPOS clones, each of its own bare remote, which has a commit they have not fetched yet. */
    @BeforeEach
    void setUp(Workspace workspace) {
        ws = workspace;
        Path upstream = ws.repo("upstream");
        for (int i = 0; i < REPOS; i++) {
            String name = "r%02d".formatted(i);
            Path remote = ws.path("remotes/" + name + ".git");
            ws.git().run(ws.root(), "clone", "-q", "--bare", upstream.toString(), remote.toString());
            ws.git().run(ws.root(), "clone", "-q", remote.toString(), ws.path("src/" + name).toString());
            // Answers only after a while, so the repos are all running at once for long enough to be seen.
            ws.git().run(ws.path("src/" + name), "config", "remote.origin.uploadpack", "sleep 2; git-upload-pack");
        }
        ws.git().commit(upstream, "news.txt", "news\n", "news");
        for (int i = 0; i < REPOS; i++) {
            ws.git().run(upstream, "push", "-q", ws.path("remotes/r%02d.git".formatted(i)).toString(), "main");
        }
        assertEquals(0, ws.shoal("add", "-r", ws.path("src").toString()).exitCode());
    }

    @Test
    void fetchShowsTheRunningReposThenLeavesEveryBlockAndTheSummary() {
        try (Tmux tmux = Tmux.start(ws.root(), COLUMNS, ROWS, ws.env(), Workspace.shoalCommand("fetch"))) {
            tmux.waitForScreen("more running", DEADLINE);
            assertEquals(0, tmux.waitForExit(DEADLINE));
            List<String> history = tmux.history();
            String all = String.join("\n", history);
            for (int i = 0; i < REPOS; i++) {
                String name = "r%02d".formatted(i);
                assertEquals(1, history.stream().filter(line -> line.startsWith("=== " + name + ": updated (")).count(), all);
                assertEquals(ws.git().run(ws.path("upstream"), "rev-parse", "HEAD"),
                        ws.git().run(ws.path("src/" + name), "rev-parse", "origin/main"), name + " fetched");
            }
            // git was asked for its progress (it prints none to a pipe otherwise), and only its last state is kept.
            assertTrue(all.contains("remote: Counting objects: 100%"), all);
            assertTrue(all.contains(REPOS + " repos: " + REPOS + " updated"), all);
            assertNothingLive(history, tmux);
        }
    }

    /**
     * Under the live view, past ten at once, each job's session is lighter the more run at once
     * (run.SessionWeight), so the view gets its turn on the CPU; four at once, and piped runs, keep the
     * weights as they are. Where the kernel schedules by autogroup.
     */
    @Test
    void pastTenAtOnceTheLiveViewsJobsRunInLighterSessionsAndPipedOnesDoNot() throws Exception {
        Path enabled = Path.of("/proc/sys/kernel/sched_autogroup_enabled");
        assumeTrue(Files.isReadable(enabled) && Files.readString(enabled).strip().equals("1"), "the kernel schedules by autogroup");
        // The job looks after a while: its session is made lighter right after it starts.
        String look = "sleep 0.3; cat /proc/self/autogroup";
        try (Tmux tmux = Tmux.start(ws.root(), COLUMNS, ROWS, ws.env(), Workspace.shoalCommand("shell", "-j", "12", "--", look))) {
            assertEquals(0, tmux.waitForExit(DEADLINE));
            String all = String.join("\n", tmux.history());
            assertEquals(REPOS, all.lines().filter(line -> line.matches("/autogroup-\\d+ nice 12")).count(), all);
        }
        try (Tmux tmux = Tmux.start(ws.root(), COLUMNS, ROWS, ws.env(), Workspace.shoalCommand("shell", "-j", "4", "--", look))) {
            assertEquals(0, tmux.waitForExit(DEADLINE));
            String all = String.join("\n", tmux.history());
            assertEquals(REPOS, all.lines().filter(line -> line.matches("/autogroup-\\d+ nice 0")).count(), all);
        }
        String piped = ws.shoal("shell", "-j", "12", "--", look).stdout();
        assertEquals(REPOS, piped.lines().filter(line -> line.matches("/autogroup-\\d+ nice 0")).count(), piped);
    }

    @Test
    void ctrlCStopsEveryRepoErasesTheRegionAndRestoresTheCursor() {
        try (Tmux tmux = Tmux.start(ws.root(), COLUMNS, ROWS, ws.env(), Workspace.shoalCommand("shell", "--", "sleep 60"))) {
            tmux.waitForScreen("more running", DEADLINE);
            tmux.sendKeys("C-c");
            assertEquals(130, tmux.waitForExit(DEADLINE));
            List<String> history = tmux.history();
            assertTrue(String.join("\n", history).contains("interrupted: " + REPOS + " repos: 0 ok, " + REPOS + " cancelled"),
                    String.join("\n", history));
            assertNothingLive(history, tmux);
        }
    }

    private static void assertNothingLive(List<String> history, Tmux tmux) {
        for (String line : history) {
            assertTrue(!STATUS_LINE.matcher(line).find(), "stray status line \"" + line + "\" in:\n" + String.join("\n", history));
        }
        assertTrue(tmux.cursorVisible(), "cursor shown again");
    }
}
