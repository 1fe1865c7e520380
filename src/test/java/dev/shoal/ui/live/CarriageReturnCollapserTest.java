package dev.shoal.ui.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CarriageReturnCollapserTest {
    @Test
    void plainOutputPassesByteForByte() throws IOException {
        String text = "one\n\u001b[31mtwo\u001b[0m\n\nthree\tfour\n";
        assertEquals(text, collapsed(text));
    }

    @Test
    void aLineRewrittenByCarriageReturnsKeepsItsLastVersion() throws IOException {
        assertEquals("Receiving objects: 100% (9/9), done.\nnext\n",
                collapsed("Receiving objects:  10% (1/9)\rReceiving objects:  50% (5/9)\rReceiving objects: 100% (9/9), done.\nnext\n"));
    }

    @Test
    void crlfLineEndsStayAsTheyAre() throws IOException {
        assertEquals("a\r\nb\r\n", collapsed("a\r\nb\r\n"));
        assertEquals("a\r\n", collapsed("a\r\r\n"));
    }

    @Test
    void theLastLineIsEndedAndAFinalRewriteKept() throws IOException {
        assertEquals("no newline\n", collapsed("no newline"));
        assertEquals("100%\n", collapsed("50%\r100%\r"));
        assertEquals("", collapsed(""));
    }

    @Test
    void byteByByteWritesGiveTheSameResult() throws IOException {
        String text = "x\ry\r\nz 50%\rz 100%\nlast\r";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CarriageReturnCollapser collapser = new CarriageReturnCollapser(out);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            collapser.write(b);
        }
        collapser.finish();
        assertEquals(collapsed(text), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLineTooLongToHoldIsPassedOnAndItsRewriteStartsANewLine() throws IOException {
        String huge = "h".repeat(200_000);
        assertEquals(huge + "\nafter\n", collapsed(huge + "\rafter\n"));
    }

    private static String collapsed(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CarriageReturnCollapser collapser = new CarriageReturnCollapser(out);
        collapser.write(text.getBytes(StandardCharsets.UTF_8));
        collapser.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
