package dev.shoal.ui.live;

import dev.shoal.ui.Ansi;
import dev.shoal.ui.ScreenSize;
import dev.shoal.ui.output.StepsAside;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The few lines at the bottom of the terminal that shoal rewrites in place, and the only code that
 * moves the cursor. The region is drawn with the cursor left at the end of its last line; erasing it
 * means clearing its rows from the last up to the first, one by one (not "clear to the end of the
 * screen": from the top-left corner, tmux takes that for a cleared screen and scrolls the region into
 * the scrollback, where it would stay). That is only right while every line takes exactly the rows it
 * is counted for, so lines are kept a column short of the width (no terminal wraps them) and fewer than
 * the screen's rows (the cursor can always get back up), and after the terminal narrows, a line is
 * counted for the rows a reflowing terminal now gives it. Everything that prints goes through one
 * lock, so blocks above the region are whole.
 */
final class LiveRegion {
    private static final String HIDE_CURSOR = "\u001b[?25l";
    private static final String SHOW_CURSOR = "\u001b[?25h";
    private static final String ERASE_LINE = "\u001b[2K";
    private static final String UP_ONE = "\u001b[A";
    private static final long ABANDON_WAIT_MILLIS = 1000;

    private final PrintStream out;
    private final Supplier<ScreenSize> screen;
    private final Function<ScreenSize, List<String>> content;
    private final ReentrantLock lock = new ReentrantLock();
    /** The lines on screen now, and the width they were drawn at. */
    private List<String> drawn = List.of();
    private int drawnColumns;
    private boolean cursorHidden;
    private volatile boolean closed;

    /** {@code content} makes the region's lines for a screen size; it runs under the lock, one call at a time. */
    LiveRegion(PrintStream out, Supplier<ScreenSize> screen, Function<ScreenSize, List<String>> content) {
        this.out = out;
        this.screen = screen;
        this.content = content;
    }

    /** Redraws the region if what it shows or the terminal's width has changed. */
    void refresh() {
        lock.lock();
        try {
            if (!closed) {
                redraw(screen.get());
            }
        } finally {
            lock.unlock();
        }
    }

    /** Erases the region, lets {@code printer} print (ending at the start of a line), then draws the region below. */
    void printAbove(Consumer<PrintStream> printer) {
        lock.lock();
        try {
            ScreenSize size = screen.get();
            write(erasure(size.columns()));
            drawn = List.of();
            printer.accept(out);
            if (!closed) {
                redraw(size);
            }
            out.flush();
        } finally {
            lock.unlock();
        }
    }

    /** Erases the region and shows the cursor while {@code action} has the terminal; draws it again afterwards. */
    <T> T aside(StepsAside.Action<T> action) throws InterruptedException {
        lock.lock();
        try {
            ScreenSize size = screen.get();
            write(erasure(size.columns()) + (cursorHidden ? SHOW_CURSOR : ""));
            cursorHidden = false;
            drawn = List.of();
            try {
                return action.run();
            } finally {
                if (!closed) {
                    redraw(screen.get());
                }
                out.flush();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Erases the region for good and shows the cursor again; what prints afterwards prints plainly. */
    void close() {
        lock.lock();
        try {
            restore();
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@link #close} for a JVM on its way out before the summary (a signal, an uncaught error): waits a
     * moment for a block being printed, and if it does not end, at least shows the cursor again.
     */
    void abandon() {
        boolean locked = false;
        try {
            locked = lock.tryLock(ABANDON_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (locked) {
            try {
                restore();
            } finally {
                lock.unlock();
            }
        } else {
            closed = true;
            write("\n" + SHOW_CURSOR);
        }
    }

    private void restore() {
        if (closed) {
            return;
        }
        closed = true;
        write(erasure(screen.get().columns()) + (cursorHidden ? SHOW_CURSOR : ""));
        drawn = List.of();
    }

    private void redraw(ScreenSize size) {
        List<String> lines = fit(content.apply(size), size);
        if (lines.equals(drawn) && size.columns() == drawnColumns) {
            return;
        }
        StringBuilder frame = new StringBuilder();
        if (!cursorHidden && !lines.isEmpty()) {
            frame.append(HIDE_CURSOR);
            cursorHidden = true;
        }
        frame.append(erasure(size.columns())).append(String.join("\n", lines));
        write(frame.toString());
        drawn = lines;
        drawnColumns = size.columns();
    }

    /** The region's invariants, whatever the content asked for: no line reaches the last column, fewer lines than rows. */
    private static List<String> fit(List<String> lines, ScreenSize size) {
        int maxLines = Math.max(1, size.rows() - 1);
        List<String> kept = lines.size() > maxLines ? lines.subList(lines.size() - maxLines, lines.size()) : lines;
        int width = Math.max(0, size.columns() - 1);
        return kept.stream().map(line -> Ansi.truncate(line, width)).toList();
    }

    /** From the end of the region's last line: clears each of its rows, ending at the start of its first. */
    private String erasure(int columns) {
        if (drawn.isEmpty()) {
            return "";
        }
        int rows = 0;
        for (String line : drawn) {
            rows += rowsAt(Ansi.visibleLength(line), columns);
        }
        return "\r" + ERASE_LINE + (UP_ONE + ERASE_LINE).repeat(rows - 1);
    }

    /** Rows a line takes at this width: a terminal that reflows on resize wraps a line drawn wider. */
    private static int rowsAt(int visibleColumns, int columns) {
        return visibleColumns <= columns || columns <= 0 ? 1 : (visibleColumns + columns - 1) / columns;
    }

    /** As UTF-8 whatever the platform charset, like every other mode's text around the repos' bytes. */
    private void write(String text) {
        if (!text.isEmpty()) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
