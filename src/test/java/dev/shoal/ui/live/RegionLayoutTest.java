package dev.shoal.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.ui.Ansi;
import dev.shoal.ui.ScreenSize;
import dev.shoal.ui.Style;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RegionLayoutTest {
    private static final Style PLAIN = new Style(false);
    private static final RegionLayout.Totals TOTALS = new RegionLayout.Totals(12, 40, 3, 1, Duration.ofMillis(4210));

    @Test
    void aRowPerRunningRepoThenTheTotal() {
        List<String> lines = RegionLayout.lines(List.of(
                row("api", 1200, "Receiving objects: 45% (9/20)"),
                row("site-with-a-long-name", 300, ""),
                row("tools", 0, "Resolving deltas: 3%")), TOTALS, new ScreenSize(80, 24), PLAIN);
        assertEquals(List.of(
                "  api                     1.2s  Receiving objects: 45% (9/20)",
                "  site-with-a-long-name  300ms",
                "  tools                    0ms  Resolving deltas: 3%",
                "[12/40] 3 running, 1 failed, 4.2s"), lines);
    }

    @Test
    void moreRunningThanRowsShowsAsManyAsFitAndACount() {
        List<RegionLayout.Row> running = IntStream.range(0, 30).mapToObj(i -> row("repo-" + i, 100, "working")).toList();
        List<String> lines = RegionLayout.lines(running, TOTALS, new ScreenSize(60, 10), PLAIN);
        assertEquals(9, lines.size(), "one row left to the output above");
        assertTrue(lines.get(6).startsWith("  repo-6 "), lines.get(6));
        assertEquals("... and 23 more running", lines.get(7));
        assertEquals("[12/40] 3 running, 1 failed, 4.2s", lines.get(8));
    }

    @Test
    void everyLineStaysAColumnShortOfTheWidthStylesIncluded() {
        Style colors = new Style(true);
        List<String> lines = RegionLayout.lines(List.of(row("a-very-long-repository-name-indeed", 100, "x".repeat(200))),
                new RegionLayout.Totals(123456, 654321, 1, 99999, Duration.ofHours(3)), new ScreenSize(30, 5), colors);
        for (String line : lines) {
            assertTrue(Ansi.visibleLength(line) <= 29, line);
        }
    }

    @Test
    void aScreenTooShortForAnyRepoShowsTheTotalAlone() {
        List<String> lines = RegionLayout.lines(List.of(row("api", 0, "x"), row("site", 0, "y")), TOTALS,
                new ScreenSize(80, 2), PLAIN);
        assertEquals(List.of("[12/40] 3 running, 1 failed, 4.2s"), lines);
    }

    @Test
    void anUnknownTotalShowsTheDoneCountAlone() {
        List<String> lines = RegionLayout.lines(List.of(), new RegionLayout.Totals(5, 0, 0, 0, Duration.ZERO),
                new ScreenSize(80, 24), PLAIN);
        assertEquals(List.of("[5] 0 running, 0ms"), lines);
    }

    private static RegionLayout.Row row(String name, long millis, String text) {
        return new RegionLayout.Row(name, Duration.ofMillis(millis), text);
    }
}
