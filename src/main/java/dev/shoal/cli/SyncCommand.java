package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.git.StepResult;
import dev.shoal.git.SyncJob;
import dev.shoal.registry.Repo;
import java.util.List;
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

    SyncCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws InterruptedException {
        List<Repo> repos = targets.select(session);
        boolean failed = false;
        // TODO(runner): through the parallel runner once it lands; sequential until then.
        for (Repo repo : repos) {
            ProcessSteps steps = new ProcessSteps(session, repo.flags());
            StepResult fetch = steps.git(repo.path(), SyncJob.FETCH);
            SyncJob.Outcome outcome = fetch.ok() ? SyncJob.afterFetch(repo.path(), repo.bare(), steps)
                    : new SyncJob.Outcome(false, "fetch failed: " + fetch.lastError());
            session.out().println(repo.name() + ": " + outcome.note());
            failed |= !outcome.ok();
        }
        return failed ? ExitCode.REPO_FAILED : ExitCode.OK;
    }
}
