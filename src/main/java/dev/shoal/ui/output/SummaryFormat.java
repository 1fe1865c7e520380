package dev.shoal.ui.output;

import dev.shoal.run.DurationText;
import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.RunSummary;
import dev.shoal.ui.Style;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The summary every output mode ends with, as lines of text:
 * <pre>
 * 4 repos: 1 ok, 1 failed, 1 timed out, 1 needs credentials (2.1s)
 * failed: site (exit 1)
 * timed out: web
 * needs credentials: api (rerun with the terminal: shoal fetch --retry-interactive api)
 * rerun: shoal fetch api site web
 * </pre>
 */
public final class SummaryFormat {
    private final Style style;

    public SummaryFormat(Style style) {
        this.style = style;
    }

    /** Prints the summary (to stderr, by every mode's choice, so stdout holds only the repos' output). */
    public void print(RunSummary summary, PrintStream err) {
        StringBuilder text = new StringBuilder();
        lines(summary).forEach(line -> text.append(line).append('\n'));
        err.writeBytes(BlockPrinter.utf8(text.toString()));
        err.flush();
    }

    public List<String> lines(RunSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add(countsLine(summary));
        addList(lines, style.red("failed"), summary.withStatus(JobStatus.FAILED).stream()
                .map(r -> r.exitCode() == 0 ? r.repo() : r.repo() + " (exit " + r.exitCode() + ")").toList());
        addList(lines, style.red("timed out"), names(summary.withStatus(JobStatus.TIMED_OUT)));
        List<String> credentials = names(summary.withStatus(JobStatus.NEEDS_CREDENTIALS));
        if (!credentials.isEmpty()) {
            lines.add(style.red("needs credentials") + ": " + String.join(", ", credentials)
                    + " (rerun with the terminal: " + summary.rerun().forRepos(credentials, "--retry-interactive") + ")");
        }
        addList(lines, style.yellow("skipped"), summary.withStatus(JobStatus.SKIPPED).stream()
                .map(r -> r.repo() + (r.note() == null || r.note().isEmpty() ? "" : " (" + r.note() + ")")).toList());
        String rerun = summary.rerunCommand();
        if (!rerun.isEmpty()) {
            lines.add("rerun: " + rerun);
        }
        return lines;
    }

    private String countsLine(RunSummary summary) {
        int total = summary.reports().size();
        List<String> counts = new ArrayList<>();
        counts.add(style.green(summary.count(JobStatus.OK) + " ok"));
        for (JobStatus status : JobStatus.values()) {
            long count = summary.count(status);
            if (status != JobStatus.OK && count > 0) {
                String text = count + " " + status.label();
                counts.add(status == JobStatus.SKIPPED || status == JobStatus.CANCELLED ? style.yellow(text) : style.red(text));
            }
        }
        String line = total + (total == 1 ? " repo: " : " repos: ") + String.join(", ", counts)
                + " " + style.dim("(" + DurationText.format(summary.elapsed()) + ")");
        return summary.interrupted() ? style.bold("interrupted") + ": " + line : line;
    }

    private static void addList(List<String> lines, String label, List<String> items) {
        if (!items.isEmpty()) {
            lines.add(label + ": " + String.join(", ", items));
        }
    }

    private static List<String> names(List<JobReport> reports) {
        return reports.stream().map(JobReport::repo).collect(Collectors.toList());
    }
}
