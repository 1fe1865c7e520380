package dev.shoal.cli;

import dev.shoal.git.GitSteps;
import dev.shoal.git.StepResult;
import dev.shoal.manifest.CloneJob;
import dev.shoal.manifest.ClonePlanner;
import dev.shoal.manifest.ManifestEntry;
import dev.shoal.manifest.PlannedClone;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the clone jobs of a plan and collects which repos landed on disk. */
final class CloneRun {
    private CloneRun() {
    }

    record Result(List<ManifestEntry> landed, boolean failed) {
    }

    /** One repo, as if typed at the prompt: git's progress and any password prompt on the terminal. */
    static Result inForeground(Session session, List<PlannedClone> plan) throws InterruptedException {
        GitSteps foreground = (dir, args) -> {
            List<String> argv = new ArrayList<>(List.of("git"));
            argv.addAll(args);
            return new StepResult(ForegroundProcess.run(session, dir, argv), "", "");
        };
        return run(session, plan, foreground);
    }

    // TODO(runner): through the parallel runner once it lands; sequential until then.
    static Result inParallel(Session session, List<PlannedClone> plan) throws InterruptedException {
        return inForeground(session, plan);
    }

    private static Result run(Session session, List<PlannedClone> plan, GitSteps git) throws InterruptedException {
        List<ManifestEntry> landed = new ArrayList<>();
        boolean failed = false;
        for (PlannedClone planned : ClonePlanner.rounds(plan).stream().flatMap(List::stream).toList()) {
            CloneJob.Outcome outcome = cloneOne(planned.entry(), git);
            if (outcome.landed()) {
                landed.add(planned.entry());
            }
            if (!outcome.ok()) {
                failed = true;
                session.warn(planned.entry().name() + ": " + outcome.note());
            }
        }
        return new Result(landed, failed);
    }

    private static CloneJob.Outcome cloneOne(ManifestEntry entry, GitSteps git) throws InterruptedException {
        Path dir;
        try {
            dir = CloneJob.workingFolder(entry);
        } catch (IOException e) {
            return new CloneJob.Outcome(false, false, "cannot make " + entry.path().getParent() + ": " + e.getMessage());
        }
        StepResult clone = git.git(dir, CloneJob.cloneArgs(entry));
        if (!clone.ok()) {
            return new CloneJob.Outcome(false, false, "clone failed: " + clone.lastError());
        }
        return CloneJob.afterClone(entry, git);
    }
}
