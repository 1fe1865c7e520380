package dev.shoal.git;

import java.nio.file.Path;
import java.util.List;

/**
 * Brings one repo up to date without risk: fetch, look, and fast-forward only what {@link SyncDecision}
 * allows. The fast-forward is {@code merge --ff-only --no-autostash}: git itself refuses, changing
 * nothing, should the repo have changed since it was looked at.
 */
public final class SyncJob {
    static final List<String> FETCH = List.of("fetch", "--progress");
    static final List<String> FAST_FORWARD = List.of("merge", "--ff-only", "--no-autostash", "--no-stat", "@{upstream}");

    private SyncJob() {
    }

    /** How it went: {@code ok} unless a git command failed; the note says what was done. */
    public record Outcome(boolean ok, String note) {
    }

    public static Outcome run(Path repo, boolean bare, boolean hasRemotes, GitSteps git) throws InterruptedException {
        if (!hasRemotes) {
            return new Outcome(true, "skipped no upstream: no remotes");
        }
        StepResult fetch = git.git(repo, FETCH);
        if (!fetch.ok()) {
            return new Outcome(false, "fetch failed: " + fetch.lastError());
        }
        if (bare) {
            return new Outcome(true, "fetched; a bare repo has no branch to fast-forward");
        }
        StepResult status = git.git(repo, SyncState.STATUS_ARGS);
        if (!status.ok()) {
            return new Outcome(false, "status failed: " + status.lastError());
        }
        SyncDecision decision = SyncDecision.decide(SyncState.parse(status.stdout()));
        if (!decision.fastForward()) {
            return new Outcome(true, decision.describe());
        }
        StepResult merge = git.git(repo, FAST_FORWARD);
        if (!merge.ok()) {
            return new Outcome(false, "fast-forward failed: " + merge.lastError());
        }
        return new Outcome(true, decision.describe());
    }
}
