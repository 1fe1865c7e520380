package dev.shoal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void numbersInNamesCountAsNumbers() {
        List<String> expected = List.of("api", "API2", "r", "r1", "r01", "r2", "r9", "r10", "r10a", "r10b", "r100",
                "r99999999999999999999", "r100000000000000000000", "web-2", "web-10", "web-10.1", "web-10.10");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new java.util.Random(12));
        shuffled.sort(NaturalOrder.NAMES);
        assertEquals(expected, shuffled);
    }

    @Test
    void theOrderIsTotal() {
        assertEquals(0, NaturalOrder.NAMES.compare("r10", "r10"));
        assertEquals(true, NaturalOrder.NAMES.compare("Api", "api") != 0, "names that differ in case only are still two");
    }
}
