package dev.shoal.ui;

import java.time.Duration;
import java.time.Instant;

/** "3 hours ago", in the same steps and roundings as {@code git log --date=relative}, so the two read alike. */
public final class RelativeTime {
    private RelativeTime() {
    }

    public static String format(Instant then, Instant now) {
        long diff = Duration.between(then, now).getSeconds();
        if (diff < 0) {
            return "in the future";
        }
        if (diff < 90) {
            return ago(diff, "second");
        }
        diff = (diff + 30) / 60;
        if (diff < 90) {
            return ago(diff, "minute");
        }
        diff = (diff + 30) / 60;
        if (diff < 36) {
            return ago(diff, "hour");
        }
        diff = (diff + 12) / 24; // days from here on
        if (diff < 14) {
            return ago(diff, "day");
        }
        if (diff < 70) {
            return ago((diff + 3) / 7, "week");
        }
        if (diff < 365) {
            return ago((diff + 15) / 30, "month");
        }
        if (diff < 1825) {
            long totalMonths = (diff * 12 * 2 + 365) / (365 * 2);
            long years = totalMonths / 12;
            long months = totalMonths % 12;
            return months == 0 ? ago(years, "year") : count(years, "year") + ", " + ago(months, "month");
        }
        return ago((diff + 183) / 365, "year");
    }

    private static String ago(long n, String unit) {
        return count(n, unit) + " ago";
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
