package dev.shoal.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as people write it on a command line or in YAML: 90 (seconds), 500ms, 30s, 5m, 1h, 1h30m,
 * at most {@link #MAX}.
 */
public final class DurationValue {
    /**
     * A week: far past any git command that is still working (a 10 GB clone at 1 MB/s takes three
     * hours), and a bound that keeps {@code 99999999999999h} an error rather than an overflow.
     */
    public static final Duration MAX = Duration.ofDays(7);
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");
    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|h|m|s))+");
    /** More digits than this is past {@link #MAX} in any unit (a week is 604,800,000 ms), and may not fit a long. */
    private static final int MAX_DIGITS = 12;

    private DurationValue() {
    }

    /** Throws IllegalArgumentException, with a message for the user, when the text is not a duration. */
    public static Duration parse(String text) {
        String value = text.strip();
        if (value.matches("\\d+")) {
            return bounded(Duration.ofSeconds(amount(value, text)), text);
        }
        if (!WHOLE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (say 90, 30s, 5m, 1h30m or 500ms)");
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(value);
        while (part.find()) {
            long amount = amount(part.group(1), text);
            total = total.plus(switch (part.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
            if (total.compareTo(MAX) > 0) {
                throw tooLong(text); // now, before many parts could add up past a long
            }
        }
        return bounded(total, text);
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

    private static long amount(String digits, String text) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > MAX_DIGITS) {
            throw tooLong(text);
        }
        return Long.parseLong(significant);
    }

    private static Duration bounded(Duration duration, String text) {
        if (duration.isZero()) {
            throw new IllegalArgumentException("'" + text + "': a duration must be more than zero");
        }
        if (duration.compareTo(MAX) > 0) {
            throw tooLong(text);
        }
        return duration;
    }

    private static IllegalArgumentException tooLong(String text) {
        return new IllegalArgumentException("'" + text + "' is longer than " + MAX.toDays() + " days, the longest duration shoal takes");
    }
}
