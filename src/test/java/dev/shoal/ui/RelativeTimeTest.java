package dev.shoal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The steps of git's relative dates (date.c, show_date_relative). */
class RelativeTimeTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -5         | in the future
            1          | 1 second ago
            89         | 89 seconds ago
            90         | 2 minutes ago
            5340       | 89 minutes ago
            5400       | 2 hours ago
            126000     | 35 hours ago
            129600     | 2 days ago
            1209600    | 2 weeks ago
            5961600    | 10 weeks ago
            6048000    | 2 months ago
            34560000   | 1 year, 1 month ago
            63072000   | 2 years ago
            220752000  | 7 years ago
            """)
    void readsLikeGitLog(long secondsAgo, String expected) {
        assertEquals(expected, RelativeTime.format(NOW.minusSeconds(secondsAgo), NOW));
    }
}
