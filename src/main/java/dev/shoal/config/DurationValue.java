package dev.shoal.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A duration as people write it on a command line or in YAML: 90 (seconds), 500ms, 30s, 5m, 1h, 1h30m. */
public final class DurationValue {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");
    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|h|m|s))+");

    private DurationValue() {
    }

    /** Throws IllegalArgumentException, with a message for the user, when the text is not a duration. */
    public static Duration parse(String text) {
        String value = text.strip();
        if (value.matches("\\d+")) {
            return positive(Duration.ofSeconds(Long.parseLong(value)), text);
        }
        if (!WHOLE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (say 90, 30s, 5m, 1h30m or 500ms)");
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(value);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
        }
        return positive(total, text);
    }

    /** The duration in the form {@link #parse} reads: 1h30m, 45s, 500ms. */
    public static String format(Duration duration) {
        StringBuilder text = new StringBuilder();
        long millis = duration.toMillis();
        long[] sizes = {3_600_000, 60_000, 1000, 1};
        String[] units = {"h", "m", "s", "ms"};
        for (int i = 0; i < sizes.length; i++) {
            if (millis >= sizes[i]) {
                text.append(millis / sizes[i]).append(units[i]);
                millis %= sizes[i];
            }
        }
        return text.isEmpty() ? "0s" : text.toString();
    }

    private static Duration positive(Duration duration, String text) {
        if (duration.isZero()) {
            throw new IllegalArgumentException("'" + text + "': a duration must be more than zero");
        }
        return duration;
    }
}
