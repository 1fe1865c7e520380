package dev.shoal.cli;

import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.RunListener;
import java.nio.charset.StandardCharsets;

/**
 * Local steps that follow a job's network command once it succeeded (after a clone, its remotes and
 * branch; after a fetch, the fast-forward), run in the job's own thread before the view hears the job
 * finished. Their outcome becomes the job's: its status and the note that says what was done.
 */
@FunctionalInterface
interface FollowUp {
    FollowUp NONE = (report, view) -> report;

    /** The report to show instead of {@code report}; the steps' output goes to {@code view} as the repo's lines. */
    JobReport after(JobReport report, RunListener view);

    /**
     * {@code report} as the follow-up ended it: with its status and what was done, said as the repo's last
     * line too (output modes that show lines, not notes, show it that way), after any note the runner had.
     */
    static JobReport ended(JobReport report, RunListener view, JobStatus status, String note) {
        view.line(report.repo(), note.getBytes(StandardCharsets.UTF_8), false, false);
        String notes = report.note() == null || report.note().isEmpty() ? note : note + "; " + report.note();
        return new JobReport(report.repo(), report.path(), report.argv(), status, report.exitCode(), report.duration(),
                report.stdout(), report.stderr(), notes);
    }
}
