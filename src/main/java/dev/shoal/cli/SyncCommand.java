package dev.shoal.cli;

import dev.shoal.git.GitArgs;
import dev.shoal.git.SyncJob;
import dev.shoal.registry.Repo;
import dev.shoal.run.Job;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Fetch repos in parallel, then fast-forward each current branch where that is safe: no changes "
                + "to tracked files, an upstream set, only behind it. Says per repo what it did: updated N commits, "
                + "already up to date, skipped dirty / diverged / no upstream, failed. Never merges, rebases or stashes: "
                + "a repo it does not fast-forward is left as it was.")
final class SyncCommand extends SessionCommand implements RunsInRepos {
    @Mixin
    TargetsMixin targets;

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions options;

    SyncCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<Repo> repos = targets.select(session);
        RepoRun run = new RepoRun(session, options);
        List<String> fetch = SyncJob.fetch(run.showsProgress());
        List<Job> jobs = repos.stream()
                .map(r -> Job.inRepo(r.name(), r.path(), r.flags(), GitArgs.command(r.flags(), false, fetch), session.env(),
                        run.timeout(), true)
                        .then(git -> SyncJob.afterFetch(r.path(), r.bare(), git)))
                .toList();
        return run.runNetwork(jobs, run.rerun(spec, List.of()));
    }
}
