package dev.shoal.run;

import java.time.Duration;
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

    public List<JobReport> withStatus(JobStatus status) {
        return reports.stream().filter(r -> r.status() == status).toList();
    }

    /** True when every repo ended OK. */
    public boolean allOk() {
        return reports.stream().allMatch(r -> r.status() == JobStatus.OK);
    }

    /** The command that reruns just the repos that did not make it (empty when all did). */
    public String rerunCommand() {
        List<String> repos = reports.stream().filter(r -> r.status().rerunnable()).map(JobReport::repo).toList();
        return repos.isEmpty() ? "" : rerun.forRepos(repos);
    }
}
