package dev.shoal.ui.live;

import java.util.Arrays;

/**
 * A repo whose job is running, as the live region shows it: when it started and the last thing it
 * printed. Output lines arrive from the runner's threads at any rate, so {@link #show} only keeps the
 * bytes; turning them into text is left to the redraw, a few times a second.
 */
final class RunningRepo {
    /** More than any screen row can show, so a huge line costs no more than this to keep. */
    private static final int KEPT_BYTES = 4096;

    private final String name;
    private final long order;
    private final long startNanos;
    private volatile byte[] latest;
    private byte[] rendered;
    private String text = "";

    RunningRepo(String name, long order, long startNanos) {
        this.name = name;
        this.order = order;
        this.startNanos = startNanos;
    }

    String name() {
        return name;
    }

    /** Start order: the region lists the longest-running repos first. */
    long order() {
        return order;
    }

    long startNanos() {
        return startNanos;
    }

    void show(byte[] line) {
        latest = Arrays.copyOf(line, Math.min(line.length, KEPT_BYTES));
    }

    /** The latest line that has something to show; a blank line leaves the previous one up. Called by the redraw only. */
    String text() {
        byte[] line = latest;
        if (line != null && line != rendered) {
            rendered = line;
            String fresh = StatusText.of(line);
            if (!fresh.isEmpty()) {
                text = fresh;
            }
        }
        return text;
    }
}
