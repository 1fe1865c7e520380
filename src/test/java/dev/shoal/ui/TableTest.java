package dev.shoal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    private final Table table = new Table(List.of(new Table.Column(4, 9), new Table.Column(5, 0), Table.Column.fixed()));

    @Test
    void pipedAHugeCellRunsPastItsColumnOnItsOwnLine() {
        String huge = "s".repeat(20_000);
        List<List<String>> rows = List.of(List.of("r1", "short subject", "now"), List.of("r2", huge, "1 day ago"));
        List<String> lines = table.render(rows, Integer.MAX_VALUE);
        assertEquals("r1 short subject" + " ".repeat(Table.PIPED_COLUMN_LIMIT - "short subject".length()) + " now", lines.get(0),
                "aligned to the column limit, not to the huge cell");
        assertEquals("r2 " + huge + " 1 day ago", lines.get(1), "the huge cell whole, the line after it");
    }

    @Test
    void alignsColumnsAndDropsEmptyOnes() {
        List<List<String>> rows = List.of(List.of("a", "", "x"), List.of("longer", "", "yy"));
        assertEquals(List.of("a      x", "longer yy"), table.render(rows, Integer.MAX_VALUE));
    }

    @Test
    void theLowestRankShrinksFirstThenTheLineIsCut() {
        List<List<String>> rows = List.of(List.of("name", "a long subject here", "2 days ago"));
        assertEquals(List.of("name a long… 2 days ago"), table.render(rows, 23));
        List<String> cut = table.render(rows, 12);
        assertTrue(cut.getFirst().startsWith("name a lo…"), "the subject down to its minimum: " + cut);
        assertEquals(12, Ansi.visibleLength(cut.getFirst()), "then the whole line is cut: " + cut);
    }

    @Test
    void aShortRowEndsInASpanningCellThatSetsNoWidth() {
        List<List<String>> rows = List.of(List.of("heading that is long"), List.of("a", "b", "c"), List.of("bb", "gone: why"));
        assertEquals(List.of("heading that is long", "a  b c", "bb gone: why"), table.render(rows, Integer.MAX_VALUE));
    }

    @Test
    void wideCharactersKeepColumnsAligned() {
        List<List<String>> rows = List.of(List.of("名前", "日本語の件名です", "now"), List.of("ab", "plain subject", "now"));
        List<String> lines = table.render(rows, 15); // the subject cut to 6 columns: 日本 and … take 5
        assertEquals(List.of(11, 11), lines.stream().map(l -> Ansi.visibleLength(l.substring(0, l.lastIndexOf(" ")))).toList(),
                "the last column starts at the same place: " + lines);
    }

    @Test
    void stylingIsKeptWhole() {
        Style style = new Style(true);
        List<List<String>> rows = List.of(List.of(style.red("name"), style.green("subject that is long"), "now"));
        String line = table.render(rows, 14).getFirst();
        assertEquals("name subj… now", Ansi.strip(line));
        assertTrue(line.contains("\u001b[31mname\u001b[0m"), line);
    }
}
