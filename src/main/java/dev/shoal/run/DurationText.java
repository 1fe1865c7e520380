package dev.shoal.run;

import java.time.Duration;

/** Durations as people read them: 45ms, 3.2s, 2m05s, 1h02m. */
public final class DurationText {
    private DurationText() {
    }

    /**
     * A limit the way it is written in an option ({@code --timeout 2s}): whole units, no fraction, so a
     * timeout reads as the one given ("after 2s"), never as the time it took to notice it.
     */
    public static String limit(Duration limit) {
        if (limit.toMillisPart() != 0 || limit.isZero()) {
            return limit.toMillis() + "ms";
        }
        StringBuilder text = new StringBuilder();
        long hours = limit.toHours();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (limit.toMinutesPart() > 0) {
            text.append(limit.toMinutesPart()).append('m');
        }
        if (limit.toSecondsPart() > 0) {
            text.append(limit.toSecondsPart()).append('s');
        }
        return text.toString();
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
