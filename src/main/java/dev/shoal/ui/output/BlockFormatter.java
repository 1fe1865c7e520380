package dev.shoal.ui.output;

import dev.shoal.ui.Style;
import java.util.ArrayList;
import java.util.List;

/**
 * The header line above a repo's output, {@code ==> api: failed (exit 1), 0.3s}: easy to spot among
 * the output lines and easy to grep for.
 */
public final class BlockFormatter {
    private BlockFormatter() {
    }

    public static String header(JobReport report, Style style) {
        String time = report.status() == JobStatus.SKIPPED ? "" : ", " + style.dim(DurationFormat.format(report.duration()));
        return colored(report.status(), "==>", style) + " " + style.bold(report.repo()) + ": "
                + colored(report.status(), statusText(report), style) + time;
    }

    /** The outcome in words: {@code ok}, {@code failed (exit 128, needs credentials)}, {@code skipped (folder missing)}. */
    public static String statusText(JobReport report) {
        List<String> details = new ArrayList<>();
        if (report.status() == JobStatus.FAILED) {
            details.add("exit " + report.exitCode());
        }
        if (report.note() != null && !report.note().isBlank()) {
            details.add(report.note().strip());
        }
        String word = word(report.status());
        return details.isEmpty() ? word : word + " (" + String.join(", ", details) + ")";
    }

    public static String word(JobStatus status) {
        return switch (status) {
            case OK -> "ok";
            case FAILED -> "failed";
            case TIMED_OUT -> "timed out";
            case SKIPPED -> "skipped";
            case CANCELLED -> "cancelled";
        };
    }

    /** Green for ok, red for what failed, yellow for what did not run to its end. */
    public static String colored(JobStatus status, String text, Style style) {
        return switch (status) {
            case OK -> style.green(text);
            case FAILED, TIMED_OUT -> style.red(text);
            case SKIPPED, CANCELLED -> style.yellow(text);
        };
    }

    /** Whether the status makes the run fail (exit code 1): the repo did not get its command done. */
    public static boolean isFailure(JobStatus status) {
        return status == JobStatus.FAILED || status == JobStatus.TIMED_OUT;
    }
}
