package dev.shoal.run;

import java.time.Duration;

/** Durations as people read them: 45ms, 3.2s, 2m05s, 1h02m. */
public final class DurationText {
    private DurationText() {
    }

    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            return (millis / 1000) + "." + (millis % 1000) / 100 + "s";
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return seconds / 60 + "m" + String.format("%02d", seconds % 60) + "s";
        }
        return seconds / 3600 + "h" + String.format("%02d", seconds % 3600 / 60) + "m";
    }
}
