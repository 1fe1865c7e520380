package dev.shoal.ui.output;

import java.time.Duration;

/** Durations the way a person reads them at a glance: {@code 0.3s}, {@code 4.2s}, {@code 2m05s}, {@code 1h02m}. */
public final class DurationFormat {
    private DurationFormat() {
    }

    public static String format(Duration duration) {
        long tenths = Math.max(0, duration.toMillis()) / 100;
        if (tenths < 600) {
            return tenths / 10 + "." + tenths % 10 + "s";
        }
        long seconds = tenths / 10;
        if (seconds < 3600) {
            return "%dm%02ds".formatted(seconds / 60, seconds % 60);
        }
        return "%dh%02dm".formatted(seconds / 3600, seconds % 3600 / 60);
    }
}
