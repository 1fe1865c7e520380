package dev.shoal.ui.output;

import dev.shoal.git.Update;
import dev.shoal.run.DurationText;
import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.RunSummary;
import dev.shoal.ui.Style;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The summary every output mode ends with, as lines of text:
 * <pre>
 * 5 repos: 1 updated, 1 ok, 1 failed, 1 timed out (after 2s), 1 needs credentials (2.1s)
 * failed: site (exit 1)
 * timed out: web
 * needs credentials: api (rerun with the terminal: shoal fetch --retry-interactive api)
 * rerun: shoal fetch api site web
 * </pre>
 */
public final class SummaryFormat {
    /** A skipped job's note starts with its reason: {@code dirty: uncommitted changes, ...}. */
    private static final Pattern SKIP_REASON = Pattern.compile("^([a-z][a-zA-Z ]{0,30}): ");
    /** A timed-out job's note starts with the limit: {@code after 2s, killed 1 process}. */
    private static final Pattern TIMEOUT = Pattern.compile("^(after [^,; ]+)");
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

    /**
     * {@code 6 repos: 2 updated, 1 up to date, 2 ok, 1 timed out (after 2s), 3 skipped (2 dirty, 1 missing)}:
     * a job that ended OK counts as updated or up to date when git said which, as ok when it did not
     * (any command but a fetch, pull or sync); {@code ok} shows even at 0 when nothing else succeeded.
     */
    private String countsLine(RunSummary summary) {
        int total = summary.reports().size();
        List<String> counts = new ArrayList<>();
        long updated = summary.count(Update.UPDATED);
        long upToDate = summary.count(Update.UP_TO_DATE);
        long ok = summary.count(JobStatus.OK) - updated - upToDate;
        addCount(counts, updated, style.green(updated + " " + Update.UPDATED.label().orElseThrow()));
        addCount(counts, upToDate, style.green(upToDate + " " + Update.UP_TO_DATE.label().orElseThrow()));
        if (ok > 0 || updated + upToDate == 0) {
            counts.add(style.green(ok + " " + JobStatus.OK.label()));
        }
        for (JobStatus status : JobStatus.values()) {
            long count = summary.count(status);
            if (status != JobStatus.OK && count > 0) {
                String text = count + " " + status.label() + why(summary.withStatus(status));
                counts.add(status == JobStatus.SKIPPED || status == JobStatus.CANCELLED ? style.yellow(text) : style.red(text));
            }
        }
        String line = total + (total == 1 ? " repo: " : " repos: ") + String.join(", ", counts)
                + " " + style.dim("(" + DurationText.format(summary.elapsed()) + ")");
        return summary.interrupted() ? style.bold("interrupted") + ": " + line : line;
    }

    private static void addCount(List<String> counts, long count, String text) {
        if (count > 0) {
            counts.add(text);
        }
    }

    /**
     * Why, in a word or two, taken from the notes' leading words: {@code  (2 dirty, 1 missing)} for
     * skipped repos (whose notes start {@code dirty: }), {@code  (after 2s)} for timed-out ones.
     */
    private static String why(List<JobReport> reports) {
        Map<String, Long> reasons = new LinkedHashMap<>();
        for (JobReport report : reports) {
            String note = report.note() == null ? "" : report.note();
            Matcher reason = (report.status() == JobStatus.TIMED_OUT ? TIMEOUT : SKIP_REASON).matcher(note);
            if (report.status() != JobStatus.TIMED_OUT && report.status() != JobStatus.SKIPPED || !reason.find()) {
                return "";
            }
            reasons.merge(reason.group(1), 1L, Long::sum);
        }
        if (reasons.size() == 1) {
            return " (" + reasons.keySet().iterator().next() + ")";
        }
        return reasons.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ", " (", ")"));
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
