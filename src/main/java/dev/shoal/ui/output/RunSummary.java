package dev.shoal.ui.output;

import java.time.Duration;
import java.util.List;

/**
 * The end of a run: every job's report and the command that reruns just the failed repos (empty when
 * none failed).
 */
public record RunSummary(List<JobReport> reports, Duration elapsed, String rerunCommand, boolean interrupted) {
    public RunSummary {
        reports = List.copyOf(reports);
    }

    public long count(JobStatus status) {
        return reports.stream().filter(r -> r.status() == status).count();
    }
}
