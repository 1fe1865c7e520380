package dev.shoal.cli;

import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.RunListener;
import dev.shoal.run.RunSummary;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts a {@link FollowUp} between the runner and an output mode: each job that ended OK gets its
 * follow-up steps before the mode hears it finished, and the summary counts the outcomes after them.
 */
final class FollowUpView implements RunListener {
    private final RunListener view;
    private final FollowUp followUp;
    private final Map<String, JobReport> followed = new ConcurrentHashMap<>();

    FollowUpView(RunListener view, FollowUp followUp) {
        this.view = view;
        this.followUp = followUp;
    }

    @Override
    public void begin(List<String> repos) {
        view.begin(repos);
    }

    @Override
    public void started(String repo) {
        view.started(repo);
    }

    @Override
    public void line(String repo, byte[] line, boolean stderr, boolean progress) {
        view.line(repo, line, stderr, progress);
    }

    @Override
    public void finished(JobReport report) {
        JobReport shown = report.status() == JobStatus.OK ? followUp.after(report, view) : report;
        followed.put(report.repo(), shown);
        view.finished(shown);
    }

    @Override
    public void summary(RunSummary summary) {
        view.summary(rewrite(summary));
    }

    /** The run's summary with each report as its follow-up left it. */
    RunSummary rewrite(RunSummary summary) {
        List<JobReport> reports = summary.reports().stream().map(r -> followed.getOrDefault(r.repo(), r)).toList();
        return new RunSummary(reports, summary.elapsed(), summary.rerun(), summary.interrupted());
    }
}
