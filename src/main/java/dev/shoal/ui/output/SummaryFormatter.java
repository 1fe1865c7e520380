package dev.shoal.ui.output;

import dev.shoal.ui.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines that end every run, whatever the output mode:
 * <pre>
 * done: 36 ok, 2 failed, 1 skipped (39 repos, 4.2s)
 * failed:
 *   site: failed (exit 1)
 *   tools: timed out (timed out after 30s, 3 processes killed)
 * rerun the failed: shoal fetch site tools
 * </pre>
 */
public final class SummaryFormatter {
    private SummaryFormatter() {
    }

    public static List<String> lines(RunSummary summary, Style style) {
        List<String> lines = new ArrayList<>();
        lines.add(countsLine(summary, style));
        List<JobReport> failures = summary.reports().stream().filter(r -> BlockFormatter.isFailure(r.status())).toList();
        if (!failures.isEmpty()) {
            lines.add("failed:");
            for (JobReport report : failures) {
                lines.add("  " + style.bold(report.repo()) + ": "
                        + BlockFormatter.colored(report.status(), BlockFormatter.statusText(report), style));
            }
        }
        if (summary.rerunCommand() != null && !summary.rerunCommand().isBlank()) {
            lines.add("rerun the failed: " + summary.rerunCommand());
        }
        return lines;
    }

    private static String countsLine(RunSummary summary, Style style) {
        List<String> counts = new ArrayList<>();
        for (JobStatus status : JobStatus.values()) {
            long count = summary.count(status);
            if (count > 0 || status == JobStatus.OK) {
                String text = count + " " + BlockFormatter.word(status);
                counts.add(count > 0 ? BlockFormatter.colored(status, text, style) : text);
            }
        }
        int repos = summary.reports().size();
        return (summary.interrupted() ? style.yellow("interrupted") : "done") + ": " + String.join(", ", counts)
                + " (" + repos + (repos == 1 ? " repo, " : " repos, ") + DurationFormat.format(summary.elapsed()) + ")";
    }
}
