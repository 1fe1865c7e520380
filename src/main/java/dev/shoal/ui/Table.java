package dev.shoal.ui;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays rows of cells out in aligned columns that never wrap. Cells may hold ANSI styling and wide
 * characters; widths are what the terminal shows. When the line would be wider than the screen,
 * columns give up width in the order the caller chose, down to their minimum, and whatever still does
 * not fit is cut with an ellipsis. Columns that are empty in every row take no room at all.
 *
 * <p>A row with fewer or more cells than there are columns ends in a spanning cell: it takes the rest of
 * the line and does not count for the widths (a heading, or a message in place of a repo's details).
 */
public final class Table {
    private static final String GAP = " ";
    /**
     * Without a width limit (piped), how wide a column is laid out at most: a longer cell runs past its
     * column on its own line instead of padding every other line out to its length (one 20,000-character
     * subject made every line of {@code ll} 20,106 characters). 100 holds git's 72-column subjects, and
     * paths and URLs of ordinary length.
     */
    static final int PIPED_COLUMN_LIMIT = 100;
    private final List<Column> columns;

    /**
     * @param minWidth the fewest columns this one keeps when the line must shrink
     * @param shrinkRank columns with a lower rank give up width first; equal ranks shrink together
     */
    public record Column(int minWidth, int shrinkRank) {
        /** A column that is never shrunk (only the final cut can reach it). */
        public static Column fixed() {
            return new Column(Integer.MAX_VALUE, Integer.MAX_VALUE);
        }
    }

    public Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Prints the rows in one write, as {@link #render} lays them out. */
    public void print(PrintStream out, List<List<String>> rows, int width) {
        List<String> lines = render(rows, width);
        if (!lines.isEmpty()) {
            out.print(String.join(System.lineSeparator(), lines) + System.lineSeparator());
        }
    }

    /** The rows as lines of at most {@code width} columns, without trailing spaces. */
    public List<String> render(List<List<String>> rows, int width) {
        // Each cell measured once: measuring walks every character, and a table may have thousands of cells.
        int[][] lengths = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            lengths[r] = rows.get(r).stream().mapToInt(Ansi::visibleLength).toArray();
        }
        boolean unlimited = width == Integer.MAX_VALUE;
        int[] widths = naturalWidths(rows, lengths, unlimited ? PIPED_COLUMN_LIMIT : Integer.MAX_VALUE);
        shrink(widths, width);
        List<String> lines = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            lines.add(line(rows.get(r), lengths[r], widths, width, unlimited));
        }
        return lines;
    }

    private int[] naturalWidths(List<List<String>> rows, int[][] lengths, int limit) {
        int[] widths = new int[columns.size()];
        for (int r = 0; r < rows.size(); r++) {
            int spanning = spanningCell(rows.get(r));
            int measured = spanning < 0 ? columns.size() : Math.min(spanning, columns.size());
            for (int i = 0; i < measured; i++) {
                widths[i] = Math.max(widths[i], Math.min(limit, lengths[r][i]));
            }
        }
        return widths;
    }

    /** The index of a row's spanning cell: its last, when it has fewer or more cells than there are columns. */
    private int spanningCell(List<String> row) {
        return row.size() == columns.size() ? -1 : row.size() - 1;
    }

    /** Takes width away from the lowest shrink ranks first, one column at a time, widest first. */
    private void shrink(int[] widths, int limit) {
        int excess = total(widths) - limit;
        while (excess > 0) {
            int chosen = -1;
            for (int i = 0; i < widths.length; i++) {
                int room = widths[i] - Math.min(widths[i], columns.get(i).minWidth());
                if (room > 0 && (chosen < 0 || columns.get(i).shrinkRank() < columns.get(chosen).shrinkRank()
                        || columns.get(i).shrinkRank() == columns.get(chosen).shrinkRank() && widths[i] > widths[chosen])) {
                    chosen = i;
                }
            }
            if (chosen < 0) {
                return; // nothing left to give; the final cut takes care of the rest
            }
            widths[chosen]--;
            excess--;
        }
    }

    private static int total(int[] widths) {
        int sum = 0;
        int shown = 0;
        for (int w : widths) {
            sum += w;
            shown += w > 0 ? 1 : 0;
        }
        return sum + Math.max(0, shown - 1) * GAP.length();
    }

    private String line(List<String> row, int[] lengths, int[] widths, int limit, boolean overflow) {
        StringBuilder line = new StringBuilder();
        int visible = 0;
        int spanning = spanningCell(row);
        for (int i = 0; i < row.size(); i++) {
            boolean spans = i == spanning;
            if (!spans && (i >= widths.length || widths[i] == 0)) {
                continue;
            }
            if (!line.isEmpty()) {
                line.append(GAP);
                visible += GAP.length();
            }
            String cell = row.get(i);
            if (spans || overflow && lengths[i] >= widths[i]) {
                line.append(cell); // whole: a spanning cell, or one past its column where lines may be long
                visible += lengths[i];
            } else {
                // A cut wide character may leave the cell a column short: padRight evens that out.
                line.append(lengths[i] > widths[i] ? Ansi.padRight(Ansi.truncate(cell, widths[i]), widths[i])
                        : cell + " ".repeat(widths[i] - lengths[i]));
                visible += widths[i];
            }
        }
        String whole = stripTrailingSpaces(line);
        return visible > limit ? Ansi.truncate(whole, limit) : whole;
    }

    private static String stripTrailingSpaces(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }
}
