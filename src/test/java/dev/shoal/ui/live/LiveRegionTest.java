package dev.shoal.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shoal.ui.ScreenSize;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact bytes the region writes: the cursor math is what keeps a terminal clean. */
class LiveRegionTest {
    private static final String HIDE = "\u001b[?25l";
    private static final String SHOW = "\u001b[?25h";
    /** Back to the start of the line and clear it; then once per further row: up one and clear. */
    private static final String CLEAR_LINE = "\r\u001b[2K";
    private static final String UP_AND_CLEAR = "\u001b[A\u001b[2K";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AtomicReference<ScreenSize> size = new AtomicReference<>(new ScreenSize(40, 10));
    private final AtomicReference<List<String>> content = new AtomicReference<>(List.of());
    private LiveRegion region;

    @BeforeEach
    void setUp() {
        region = new LiveRegion(new PrintStream(bytes, true, StandardCharsets.UTF_8), size::get, screen -> content.get());
    }

    @Test
    void drawsHidingTheCursorThenErasesEveryRowBeforeTheNextDraw() {
        content.set(List.of("one", "two", "[0/2] 2 running"));
        region.refresh();
        assertEquals(HIDE + "one\ntwo\n[0/2] 2 running", written());
        content.set(List.of("[1/2] 1 running"));
        region.refresh();
        assertEquals(CLEAR_LINE + UP_AND_CLEAR + UP_AND_CLEAR + "[1/2] 1 running", written());
    }

    @Test
    void anUnchangedRegionIsNotRedrawn() {
        drawn("same");
        region.refresh();
        assertEquals("", written());
    }

    @Test
    void blocksPrintWhereTheRegionWasAndTheRegionComesBackBelow() {
        drawn("a", "b");
        region.printAbove(out -> out.print("=== api: ok\nout\n"));
        assertEquals(CLEAR_LINE + UP_AND_CLEAR + "=== api: ok\nout\na\nb", written());
    }

    @Test
    void linesAreCutAColumnShortAndTheRegionShorterThanTheScreen() {
        size.set(new ScreenSize(10, 3));
        content.set(List.of("first", "second", "0123456789abc"));
        region.refresh();
        assertEquals(HIDE + "second\n01234567…", written());
    }

    @Test
    void afterTheTerminalNarrowsLinesAreErasedAsTheRowsTheyNowWrapTo() {
        size.set(new ScreenSize(40, 10));
        drawn("x".repeat(30), "[0/1] 1 running");
        size.set(new ScreenSize(12, 10));
        region.refresh();
        // 30 columns at width 12 take 3 rows, the total line 2: five rows to clear.
        assertEquals(CLEAR_LINE + UP_AND_CLEAR.repeat(4) + "xxxxxxxxxx…\n[0/1] 1 ru…", written());
    }

    @Test
    void closeErasesTheRegionShowsTheCursorAndLaterBlocksPrintPlainly() {
        drawn("a");
        region.close();
        assertEquals(CLEAR_LINE + SHOW, written());
        region.close();
        region.refresh();
        assertEquals("", written());
        region.printAbove(out -> out.print("late\n"));
        assertEquals("late\n", written());
    }

    @Test
    void abandonRestoresTheTerminalLikeClose() {
        drawn("a", "b");
        region.abandon();
        assertEquals(CLEAR_LINE + UP_AND_CLEAR + SHOW, written());
    }

    @Test
    void aRegionNeverDrawnLeavesTheCursorAlone() {
        region.close();
        assertEquals("", written());
    }

    /** Draws the region with these lines, forgetting what that wrote. */
    private void drawn(String... lines) {
        content.set(List.of(lines));
        region.refresh();
        written();
    }

    private String written() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        return text;
    }
}
