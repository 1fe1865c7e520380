package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Processes;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every step of a job obeys the run's limits: its timeout, Ctrl-C, and the kill of its whole session. */
@ExtendWith(WorkspaceExtension.class)
class JobLimitsTest {
    /** A clone of a remote one commit behind it, registered as "slow", with a post-merge hook that sleeps. */
    private Path behindWithSlowHook(Workspace ws, int hookSeconds) throws IOException {
        Path seed = ws.repo("seed");
        Path remote = ws.remotesFrom(seed, "origin").resolve("origin.git");
        Path repo = ws.registeredClone(remote, "slow");
        ws.git().commit(seed, "b.txt", "b\n", "upstream");
        ws.git().run(seed, "push", "-q", remote.toString(), "main");
        Path hook = repo.resolve(".git/hooks/post-merge");
        Files.writeString(hook, "#!/bin/sh\necho $$ > ../hook.pid\nsleep " + hookSeconds + "\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        return repo;
    }

    @Test
    void syncsFastForwardStepObeysTheTimeout(Workspace ws) throws IOException {
        behindWithSlowHook(ws, 8);
        long start = System.nanoTime();
        ProcessResult sync = ws.shoal("sync", "--timeout", "2s");
        long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(1, sync.exitCode(), sync.stdout() + sync.stderr());
        assertTrue(sync.stdout().contains("=== slow: timed out after 2s during git merge --ff-only"), sync.stdout());
        assertTrue(took < 7000, "sync took " + took + " ms, as long as the hook");
        assertTrue(Processes.gone(Processes.awaitPid(ws.path("hook.pid"))), "the hook outlived the timeout");
    }

    @Test
    void ctrlCDuringTheFastForwardStopsItAndExits130(Workspace ws) throws Exception {
        behindWithSlowHook(ws, 60);
        Path err = ws.path("err.txt");
        Process shoal = Processes.startInOwnGroup(ws, ws.path("out.txt"), err, "sync");
        long hook = Processes.awaitPid(ws.path("hook.pid"));
        Processes.ctrlC(shoal);
        assertTrue(shoal.waitFor(30, TimeUnit.SECONDS), "shoal did not stop");
        assertEquals(130, shoal.exitValue(), Files.readString(err));
        assertTrue(Processes.gone(hook), "the hook outlived Ctrl-C");
        assertTrue(Files.readString(ws.path("out.txt"), StandardCharsets.UTF_8).contains("=== slow: cancelled ("));
    }

    @Test
    void aTimeoutEndsADaemonThatLeftItsParent(Workspace ws) {
        ws.registeredRepos("r");
        ProcessResult result = ws.shoal("shell", "--timeout", "2s", "r", "--",
                "sh -c '(sleep 30 & echo $! > ../daemon.pid); sleep 30'");
        assertEquals(1, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(Processes.gone(Processes.awaitPid(ws.path("src/daemon.pid"))), "the double-forked daemon outlived the timeout");
    }

    @Test
    void whatAJobLeftRunningEndsWithTheRun(Workspace ws) {
        ws.registeredRepos("r");
        ProcessResult result = ws.shoal("shell", "r", "--", "sh -c '(sleep 30 </dev/null >/dev/null 2>&1 & echo $! > ../left.pid)'");
        assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(Processes.gone(Processes.awaitPid(ws.path("src/left.pid"))), "a background process outlived shoal's run");
    }

    /** Repo a leaves a sleep running on its output and exits; repo b waits until stopped. */
    @Test
    void whatAJobLeftRunningEndsWithItsJobWhileTheOthersRun(Workspace ws) throws Exception {
        ws.registeredRepos("a", "b");
        Path err = ws.path("err.txt");
        Process shoal = Processes.startInOwnGroup(ws, ws.path("out.txt"), err, "shell", "--timeout", "60s", "--",
                "if [ \"${PWD##*/}\" = a ]; then sleep 300 & echo $! > ../left.pid; else sleep 60; fi");
        assertTrue(Processes.gone(Processes.awaitPid(ws.path("src/left.pid"))), "the sleep repo a left outlived its command");
        assertTrue(shoal.isAlive(), "the run ended before repo b did: " + Files.readString(err));
        Processes.ctrlC(shoal);
        assertTrue(shoal.waitFor(30, TimeUnit.SECONDS), "shoal did not stop");
        assertEquals(130, shoal.exitValue(), Files.readString(err));
        assertTrue(Files.readString(err).startsWith("interrupted: 2 repos: 1 ok, 1 cancelled ("), Files.readString(err));
        assertFalse(Files.readString(ws.path("out.txt")).contains("kept its output open"), "ended, not waited for");
    }

    @Test
    void badNumbersAreUsageErrors(Workspace ws) {
        ws.registeredRepos("r");
        for (List<String> args : List.of(List.of("-j", "0"), List.of("-j", "-3"), List.of("--retry", "-1"), List.of("--timeout", "0"),
                List.of("-j", "many"))) {
            List<String> command = new ArrayList<>(List.of("st"));
            command.addAll(args);
            ProcessResult result = ws.shoal(command.toArray(String[]::new));
            assertEquals(2, result.exitCode(), args + ": " + result.stderr());
            String said = result.stderr().lines().findFirst().orElse("");
            assertTrue(said.matches("shoal: --(jobs|retry|timeout): .*"), "the option, in shoal's words: " + args + ": " + result.stderr());
            assertTrue(said.contains("'" + args.get(1) + "'"), args + ": " + result.stderr());
            assertFalse(result.stderr().contains("Exception"), result.stderr());
        }
    }

    /** The runner never starves: a command silent past the carrier pool's 30 s keep-alive still times out. */
    @Test
    void aTimeoutFiresAfterLongSilence(Workspace ws) {
        ws.registeredRepos("a", "b", "c", "d", "e");
        long start = System.nanoTime();
        ProcessResult result = ws.shoal("shell", "--timeout", "36s", "--", "sleep 100");
        long took = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(1, result.exitCode(), result.stdout() + result.stderr());
        assertTrue(result.stderr().contains("5 timed out"), result.stderr());
        assertTrue(took < 60, "took " + took + " s");
    }

    @Test
    void ctrlCWorksAfterLongSilence(Workspace ws) throws Exception {
        ws.registeredRepos("a", "b", "c", "d", "e");
        Process shoal = Processes.startInOwnGroup(ws, null, null, "shell", "--", "sleep 100");
        assertFalse(shoal.waitFor(36, TimeUnit.SECONDS), "shoal ended by itself");
        Processes.ctrlC(shoal);
        assertTrue(shoal.waitFor(15, TimeUnit.SECONDS), "Ctrl-C after 36 s of silence was not heard");
        assertEquals(130, shoal.exitValue());
    }

    @Test
    void aLowOpenFileLimitLowersJobsAndEveryRepoStillReports(Workspace ws) throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            names.add("r" + i);
        }
        ws.registeredRepos(names.toArray(String[]::new));
        List<String> command = new ArrayList<>(List.of("sh", "-c", "ulimit -n 128 && exec \"$@\"", "sh"));
        command.addAll(Workspace.shoalCommand("shell", "--", "true"));
        ProcessResult result = ProcessResult.run(command, ws.root(), ws.env());
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stderr().contains("(ulimit -n)"), result.stderr());
        assertTrue(result.stderr().contains("60 repos: 60 ok"), result.stderr());
        Git.write(ws.path("done"), "");
    }
}
