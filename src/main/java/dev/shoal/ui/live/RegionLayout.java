package dev.shoal.ui.live;

import dev.shoal.run.DurationText;
import dev.shoal.ui.Ansi;
import dev.shoal.ui.ScreenSize;
import dev.shoal.ui.Style;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the live region shows, as lines that fit the screen: one row per running repo (its name, how
 * long it has run, its latest output), a "... and N more running" row when they do not all fit, and
 * the total row {@code [12/40] 3 running, 1 failed, 4.2s} last.
 */
final class RegionLayout {
    private static final int ELAPSED_COLUMNS = 6;
    private static final int MIN_NAME_COLUMNS = 8;

    /** A running repo as shown: name, time since it started, latest output line (plain text). */
    record Row(String name, Duration elapsed, String text) {
    }

    /** The counts behind the total row; {@code total} is 0 when the runner did not say how many repos there are. */
    record Totals(int done, int total, int running, int failed, Duration elapsed) {
    }

    private RegionLayout() {
    }

    static List<String> lines(List<Row> running, Totals totals, ScreenSize size, Style style) {
        // One row is left to the output above, and one column free at the right so no terminal ever wraps.
        int maxLines = Math.max(1, size.rows() - 1);
        int width = Math.max(0, size.columns() - 1);
        int repoRows = Math.max(0, maxLines - 1);
        List<String> lines = new ArrayList<>();
        List<Row> shown = running.size() <= repoRows ? running : running.subList(0, Math.max(0, repoRows - 1));
        int nameColumns = nameColumns(shown, width);
        for (Row row : shown) {
            lines.add(Ansi.truncate(repoLine(row, nameColumns, style), width));
        }
        // On a screen too short for even one repo and this row, the total row alone says how many run.
        if (!shown.isEmpty() && shown.size() < running.size()) {
            int more = running.size() - shown.size();
            lines.add(Ansi.truncate(style.dim("... and " + more + " more running"), width));
        }
        lines.add(Ansi.truncate(totalLine(totals, style), width));
        return lines;
    }

    private static int nameColumns(List<Row> rows, int width) {
        int longest = rows.stream().mapToInt(r -> Ansi.visibleLength(r.name())).max().orElse(0);
        return Math.min(longest, Math.max(MIN_NAME_COLUMNS, width / 3));
    }

    private static String repoLine(Row row, int nameColumns, Style style) {
        String name = Ansi.padRight(Ansi.truncate(row.name(), nameColumns), nameColumns);
        String elapsed = DurationText.format(row.elapsed());
        String padded = " ".repeat(Math.max(0, ELAPSED_COLUMNS - elapsed.length())) + elapsed;
        return "  " + style.cyan(name) + " " + style.dim(padded) + (row.text().isEmpty() ? "" : "  " + row.text());
    }

    private static String totalLine(Totals totals, Style style) {
        String progress = totals.total() > 0 ? "[" + totals.done() + "/" + totals.total() + "]" : "[" + totals.done() + "]";
        StringBuilder line = new StringBuilder(style.bold(progress)).append(' ').append(totals.running()).append(" running");
        if (totals.failed() > 0) {
            line.append(", ").append(style.red(totals.failed() + " failed"));
        }
        return line.append(", ").append(DurationText.format(totals.elapsed())).toString();
    }
}
