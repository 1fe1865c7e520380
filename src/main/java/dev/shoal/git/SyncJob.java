package dev.shoal.git;

import java.nio.file.Path;
import java.util.List;

/**
 * Brings one repo up to date without risk, in two parts: the fetch (the part that talks to a remote,
 * run like any network command), then {@link #afterFetch}: look, and fast-forward only what
 * {@link SyncDecision} allows. The fast-forward is {@code merge --ff-only --no-autostash}: git itself
 * refuses, changing nothing, should the repo have changed since it was looked at.
 */
public final class SyncJob {
    static final List<String> FAST_FORWARD = List.of("merge", "--ff-only", "--no-autostash", "--no-stat", "@{upstream}");

    private SyncJob() {
    }

    /**
     * Fetches from the current branch's remote (origin when it tracks none), as {@code git fetch} does,
     * with {@code progress} for a view that shows it as it goes.
     */
    public static List<String> fetch(boolean progress) {
        return progress ? List.of("fetch", "--progress") : List.of("fetch");
    }

    /**
     * What follows a successful fetch. Its update is the fast-forward's: the job's fetch says for
     * itself whether it brought anything ({@link UpdateReader}).
     */
    public static GitSteps.Outcome afterFetch(Path repo, boolean bare, GitSteps git) throws InterruptedException {
        if (bare) {
            return GitSteps.Outcome.done("fetched; a bare repo has no branch to fast-forward", Update.UP_TO_DATE);
        }
        GitResult status = git.git(repo, SyncState.STATUS_ARGS);
        if (!status.ok()) {
            return new GitSteps.Outcome(false, "status failed: " + status.lastError());
        }
        SyncDecision decision = SyncDecision.decide(SyncState.parse(status.stdout()));
        if (decision.skips()) {
            return GitSteps.Outcome.skipped(decision.describe());
        }
        if (!decision.fastForward()) {
            return GitSteps.Outcome.done(decision.describe(), Update.UP_TO_DATE);
        }
        GitResult merge = git.git(repo, FAST_FORWARD);
        if (!merge.ok()) {
            return new GitSteps.Outcome(false, "fast-forward failed: " + merge.lastError());
        }
        return GitSteps.Outcome.done(decision.describe(), Update.UPDATED);
    }
}
