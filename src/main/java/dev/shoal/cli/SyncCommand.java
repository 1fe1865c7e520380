package dev.shoal.cli;

import dev.shoal.git.BatchEnvironment;
import dev.shoal.git.SyncJob;
import dev.shoal.registry.Repo;
import dev.shoal.run.Job;
import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.RerunCommand;
import dev.shoal.run.RunListener;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Fetch repos in parallel, then fast-forward each current branch where that is safe: no",
                "changes to tracked files, an upstream set, only behind it. Says per repo what it did:",
                "updated N commits, already up to date, skipped dirty / diverged / no upstream, failed.",
                "Never merges, rebases or stashes: a repo it does not fast-forward is left as it was."})
final class SyncCommand extends SessionCommand {
    @Mixin
    TargetsMixin targets;

    @Mixin
    RunOptions options;

    SyncCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<Repo> repos = targets.select(session);
        Map<String, Repo> byName = repos.stream().collect(Collectors.toMap(Repo::name, Function.identity()));
        RepoRun run = new RepoRun(session, options);
        List<String> fetch = SyncJob.fetch(run.showsProgress());
        List<Job> jobs = repos.stream().map(r -> run.networkJob(r.name(), r.path(), r.flags(), fetch)).toList();
        return run.runNetwork(jobs, (report, view) -> afterFetch(byName.get(report.repo()), report, view),
                new RerunCommand(run.rerunPrefix("sync"), List.of()));
    }

    private JobReport afterFetch(Repo repo, JobReport fetched, RunListener view) {
        LocalGitSteps steps = new LocalGitSteps(repo.name(), repo.flags(), BatchEnvironment.of(session.env()), view);
        try {
            SyncJob.Outcome outcome = SyncJob.afterFetch(repo.path(), repo.bare(), steps);
            return FollowUp.ended(fetched, view, outcome.ok() ? JobStatus.OK : JobStatus.FAILED, outcome.note());
        } catch (InterruptedException e) {
            return FollowUp.ended(fetched, view, JobStatus.CANCELLED, "stopped after the fetch");
        }
    }
}
