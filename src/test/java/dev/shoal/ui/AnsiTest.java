package dev.shoal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AnsiTest {
    @Test
    void escapesTakeNoColumnsAndWideCharactersTakeTwo() {
        assertEquals(5, Ansi.visibleLength("\u001b[31mhello\u001b[0m"));
        assertEquals(4, Ansi.visibleLength("日本"));
        assertEquals(3, Ansi.visibleLength("ünï"));
    }

    @Test
    void truncateCutsToTheWidthWithAnEllipsis() {
        assertEquals("hello", Ansi.truncate("hello", 5));
        assertEquals("hel…", Ansi.truncate("hello", 4));
        assertEquals("日…", Ansi.truncate("日本語", 4));
        assertEquals("", Ansi.truncate("hello", 0));
    }

    @Test
    void truncateKeepsEscapesWholeAndResetsCutStyling() {
        String cut = Ansi.truncate("\u001b[31mhello world\u001b[0m", 6);
        assertEquals("\u001b[31mhello…\u001b[0m", cut);
        assertEquals(6, Ansi.visibleLength(cut));
    }

    @Test
    void padRightFillsToTheWidth() {
        assertEquals("ab  ", Ansi.padRight("ab", 4));
        assertEquals("abcdef", Ansi.padRight("abcdef", 4));
    }
}
