package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.git.GitArgs;
import dev.shoal.manifest.CloneJob;
import dev.shoal.manifest.ClonePlanner;
import dev.shoal.manifest.ManifestEntry;
import dev.shoal.manifest.PlannedClone;
import dev.shoal.run.InteractiveRunner;
import dev.shoal.run.Job;
import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.RerunCommand;
import dev.shoal.ui.output.StreamView;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs the clone jobs of a plan and collects which repos landed on disk. */
final class CloneRun {
    private final Session session;

    CloneRun(Session session) {
        this.session = session;
    }

    /** The repos now on disk (cloned, even if a later step failed), and the run's exit code. */
    record Result(List<ManifestEntry> landed, int exitCode) {
    }

    /** One repo, as if typed at the prompt: git's progress and any password prompt on the terminal. */
    Result inForeground(PlannedClone planned) {
        ManifestEntry entry = planned.entry();
        Path dir;
        try {
            dir = CloneJob.workingFolder(entry);
        } catch (IOException e) {
            session.warn(entry.name() + ": cannot make " + entry.path().getParent() + ": " + e.getMessage());
            return new Result(List.of(), ExitCode.REPO_FAILED);
        }
        Job job = Job.inFolder(entry.name(), dir, GitArgs.command(entry.flags(), false, CloneJob.cloneArgs(entry, true)),
                session.env(), Optional.empty(), true);
        InteractiveRunner runner = new InteractiveRunner(Path.of(System.getProperty("java.io.tmpdir")));
        JobReport report = runner.run(List.of(job), announced -> { }, new StreamView(session.out(), session.err(), session.style()))
                .getFirst();
        if (runner.interrupted()) {
            return new Result(List.of(), ExitCode.INTERRUPTED);
        }
        return report.status() == JobStatus.OK ? new Result(List.of(entry), ExitCode.OK) : new Result(List.of(), ExitCode.REPO_FAILED);
    }

    /**
     * Every clone through the parallel runner, in rounds (a repo inside another waits for it); each
     * clone followed by its remotes and branch.
     */
    Result inParallel(List<PlannedClone> plan, RunOptions options, RerunCommand rerun) {
        RepoRun run = new RepoRun(session, options);
        Set<ManifestEntry> landed = ConcurrentHashMap.newKeySet();
        int exitCode = ExitCode.OK;
        for (List<PlannedClone> round : ClonePlanner.rounds(plan)) {
            Map<String, ManifestEntry> byName = round.stream().map(PlannedClone::entry)
                    .collect(Collectors.toMap(ManifestEntry::name, Function.identity()));
            List<Job> jobs = new ArrayList<>();
            for (ManifestEntry entry : byName.values()) {
                try {
                    jobs.add(Job.inFolder(entry.name(), CloneJob.workingFolder(entry),
                                    GitArgs.command(entry.flags(), false, CloneJob.cloneArgs(entry, run.showsProgress())),
                                    session.env(), run.timeout(), true)
                            .then(git -> {
                                landed.add(entry);
                                return CloneJob.afterClone(entry, git);
                            }));
                } catch (IOException e) {
                    session.warn(entry.name() + ": cannot make " + entry.path().getParent() + ": " + e.getMessage());
                    exitCode = ExitCode.REPO_FAILED;
                }
            }
            int code = run.runNetwork(jobs, rerun);
            exitCode = Math.max(exitCode, code);
            if (code == ExitCode.INTERRUPTED || code == ExitCode.OUTPUT_CLOSED) {
                break;
            }
        }
        return new Result(plan.stream().map(PlannedClone::entry).filter(landed::contains).toList(), exitCode);
    }
}
