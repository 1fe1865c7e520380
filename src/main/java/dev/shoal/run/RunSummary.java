package dev.shoal.run;

import dev.shoal.git.Update;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a run: every job's report (in name order), how long the run took, how to rerun chosen
 * repos, and whether Ctrl-C stopped it.
 */
public record RunSummary(List<JobReport> reports, Duration elapsed, RerunCommand rerun, boolean interrupted) {
    public RunSummary {
        reports = List.copyOf(reports);
    }

    public long count(JobStatus status) {
        return reports.stream().filter(r -> r.status() == status).count();
    }

    /** How many ended OK with git saying {@code update}. */
    public long count(Update update) {
        return reports.stream().filter(r -> r.status() == JobStatus.OK && r.update() == update).count();
    }

    public List<JobReport> withStatus(JobStatus status) {
        return reports.stream().filter(r -> r.status() == status).toList();
    }

    /** True when no repo failed (see {@link JobReport#succeeded}): the run exits 0. */
    public boolean allOk() {
        return reports.stream().allMatch(JobReport::succeeded);
    }

    /**
     * True when no repo failed but those that ended {@code status}: after a parallel run, the repos that
     * needed credentials are run again with the terminal, and that second run decides for them.
     */
    public boolean allOkBut(JobStatus status) {
        return reports.stream().allMatch(r -> r.status() == status || r.succeeded());
    }

    /**
     * The command that reruns just the repos that did not make it, after those earlier runs of the same
     * command left undone (empty when all did); after Ctrl-C with nothing finished, the command as it
     * was typed rather than every name.
     */
    public String rerunCommand() {
        List<String> failed = reports.stream().filter(r -> r.status().rerunnable()).map(JobReport::repo).toList();
        List<String> repos = new ArrayList<>(rerun.undone());
        repos.addAll(failed);
        if (repos.isEmpty()) {
            return "";
        }
        if (interrupted && rerun.undone().isEmpty() && failed.size() == reports.size() && !rerun.asTyped().isEmpty()) {
            return ShellWords.join(rerun.asTyped());
        }
        return rerun.forRepos(repos);
    }
}
