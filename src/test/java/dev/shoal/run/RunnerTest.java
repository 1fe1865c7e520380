package dev.shoal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.git.GitSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's own logic, without git: a launcher that starts each spec's argv as it is (sh, sleep)
 * and records what it was asked, and a listener that records what it heard.
 */
class RunnerTest {
    @TempDir
    Path dir;

    /** Starts argv as given, records each spec and how many ran at once at most. */
    static final class CountingLauncher implements Launcher {
        final List<LaunchSpec> specs = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public Process start(LaunchSpec spec) throws IOException {
            specs.add(spec);
            Process process = new ProcessBuilder(spec.argv()).directory(spec.dir().toFile()).start();
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            process.onExit().thenRun(running::decrementAndGet);
            return process;
        }
    }

    /** Every call, in order, as a line. */
    static final class RecordingListener implements RunListener {
        final List<String> heard = Collections.synchronizedList(new ArrayList<>());
        final List<JobReport> finished = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void started(String repo) {
            heard.add("started " + repo);
        }

        @Override
        public void line(String repo, byte[] line, boolean stderr, boolean progress) {
            heard.add("line " + repo + " " + new String(line));
        }

        @Override
        public void finished(JobReport report) {
            finished.add(report);
            heard.add("finished " + report.repo() + " " + report.status());
        }

        @Override
        public void summary(RunSummary summary) {
            heard.add("summary");
        }

        JobReport of(String repo) {
            return finished.stream().filter(r -> r.repo().equals(repo)).findFirst().orElseThrow();
        }
    }

    private Path repo(String name) throws IOException {
        Path repo = Files.createDirectories(dir.resolve(name));
        Files.createDirectories(repo.resolve(".git/objects"));
        Files.createDirectories(repo.resolve(".git/refs"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        return repo;
    }

    private Job job(String name, Optional<Duration> timeout, String script) throws IOException {
        return Job.inRepo(name, repo(name), List.of(), List.of("sh", "-c", script), Map.of("PATH", "/usr/bin:/bin"), timeout, false);
    }

    private RunOutcome run(int jobs, Launcher launcher, RunListener listener, List<Job> all) {
        return new Runner(new RunSettings(jobs, 0, dir), launcher).run(all, listener, new RerunCommand(List.of("shoal", "x"), List.of()));
    }

    @Test
    void noMoreThanJobsRunAtOnce() throws IOException {
        List<Job> all = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            all.add(job("r" + i, Optional.empty(), "sleep 0.2"));
        }
        CountingLauncher launcher = new CountingLauncher();
        RunOutcome outcome = run(3, launcher, new RecordingListener(), all);
        assertTrue(outcome.summary().allOk());
        assertEquals(9, launcher.specs.size());
        assertTrue(launcher.most.get() <= 3, "at most 3 at once, saw " + launcher.most.get());
        assertTrue(launcher.specs.stream().allMatch(s -> s.io() == LaunchSpec.Io.CAPTURED && s.repos().equals(List.of(s.dir()))));
    }

    @Test
    void aTimeoutEndsTheJobAndSaysAfterHowLong() throws IOException {
        RecordingListener listener = new RecordingListener();
        run(2, new CountingLauncher(), listener, List.of(job("slow", Optional.of(Duration.ofMillis(300)), "sleep 20")));
        JobReport slow = listener.of("slow");
        assertEquals(JobStatus.TIMED_OUT, slow.status());
        assertTrue(slow.note().startsWith("timed out after 300ms, killed "), slow.note());
        assertTrue(slow.duration().toMillis() < 5000, slow.duration().toString());
    }

    @Test
    void aFolderThatLostItsRepoRunsNothing() throws IOException {
        Job gone = job("gone", Optional.empty(), "true");
        Files.delete(gone.path().resolve(".git/HEAD"));
        CountingLauncher launcher = new CountingLauncher();
        RecordingListener listener = new RecordingListener();
        run(2, launcher, listener, List.of(gone));
        assertEquals(List.of(), launcher.specs);
        assertEquals(JobStatus.SKIPPED, listener.of("gone").status());
        assertTrue(listener.of("gone").note().startsWith("not a git repository"), listener.of("gone").note());
    }

    @Test
    void stepsRunInTheJobsSlotBeforeTheNextJobStarts() throws IOException {
        Steps oneStep = git -> {
            git.git(dir.resolve("a"), List.of("--version"));
            return new GitSteps.Outcome(true, "stepped");
        };
        Job a = job("a", Optional.empty(), "echo a").then(oneStep);
        Job b = job("b", Optional.empty(), "echo b");
        CountingLauncher launcher = new CountingLauncher();
        RecordingListener listener = new RecordingListener();
        run(1, launcher, listener, List.of(a, b));
        List<String> order = launcher.specs.stream().map(s -> String.join(" ", s.argv())).toList();
        int step = order.indexOf("git --version");
        assertTrue(step >= 0, order.toString());
        // With one slot, b starts either before a, or after a's step: never between a and its step.
        int aAt = order.indexOf("sh -c echo a");
        int bAt = order.indexOf("sh -c echo b");
        assertTrue(bAt < aAt || bAt > step, order.toString());
        assertEquals(JobStatus.OK, listener.of("a").status());
        assertEquals("stepped", listener.of("a").note());
        assertTrue(listener.heard.indexOf("line a stepped") < listener.heard.indexOf("finished a OK"), listener.heard.toString());
    }

    @Test
    void aFailedStepFailsTheJobWithItsOwnExitCode() throws IOException {
        Job a = job("a", Optional.empty(), "true").then(git -> {
            var result = git.git(dir.resolve("a"), List.of("no-such-subcommand"));
            return new GitSteps.Outcome(result.ok(), "step failed: " + result.lastError());
        });
        RecordingListener listener = new RecordingListener();
        run(1, new CountingLauncher(), listener, List.of(a));
        JobReport report = listener.of("a");
        assertEquals(JobStatus.FAILED, report.status());
        assertEquals(1, report.exitCode(), report.note());
        assertTrue(report.note().startsWith("step failed: "), report.note());
    }

    @Test
    void largeOutputIsCapturedWhole() throws IOException {
        RecordingListener listener = new RecordingListener();
        run(1, new CountingLauncher(), listener, List.of(job("big", Optional.empty(), "head -c 6000000 /dev/zero")));
        assertEquals(6_000_000, listener.of("big").stdout().size());
    }
}
