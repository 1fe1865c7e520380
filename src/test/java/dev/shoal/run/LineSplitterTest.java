package dev.shoal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
    private final List<String> lines = new ArrayList<>();

    private LineSplitter splitter(int max) {
        return new LineSplitter(max, (line, progress) -> lines.add((progress ? "~" : "") + new String(line, StandardCharsets.UTF_8)));
    }

    private static void feed(LineSplitter splitter, String... chunks) {
        for (String chunk : chunks) {
            byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
            splitter.accept(bytes, 0, bytes.length);
        }
        splitter.finish();
    }

    @Test
    void newlinesCarriageReturnsAndCrlfAcrossChunks() {
        feed(splitter(100), "one\ntw", "o\r\nReceiving 1%\rReceiving 2%\r", "\nlast");
        assertEquals(List.of("one", "two", "~Receiving 1%", "Receiving 2%", "last"), lines);
    }

    @Test
    void aReturnAtTheVeryEndIsProgress() {
        feed(splitter(100), "50%\r");
        assertEquals(List.of("~50%"), lines);
    }

    @Test
    void emptyLinesAreKept() {
        feed(splitter(100), "\n\na\n");
        assertEquals(List.of("", "", "a"), lines);
    }

    @Test
    void longLinesComeInPiecesOfTheLimit() {
        feed(splitter(4), "abcdefghij\n", "abcd\n");
        assertEquals(List.of("abcd", "efgh", "ij", "abcd"), lines);
    }
}
