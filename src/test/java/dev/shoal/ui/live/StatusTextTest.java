package dev.shoal.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StatusTextTest {
    @Test
    void keepsWhatIsLeftAfterTheLastCarriageReturn() {
        assertEquals("Receiving objects: 45%", of("Receiving objects: 10%\rReceiving objects: 45%   \r"));
    }

    @Test
    void dropsEscapeSequencesAndControlCharactersThatWouldMoveTheCursor() {
        assertEquals("remote: Counting objects: 3", of("remote: Counting objects: 3\u001b[K"));
        assertEquals("red text", of("\u001b[31mred\u001b[0m\ttext\u0007\b"));
        assertEquals("up", of("\u001b[2Aup"));
    }

    @Test
    void invalidUtf8BecomesReplacementCharacters() {
        assertEquals("a\uFFFDb", StatusText.of(new byte[] {'a', (byte) 0xff, 'b'}));
    }

    private static String of(String line) {
        return StatusText.of(line.getBytes(StandardCharsets.UTF_8));
    }
}
