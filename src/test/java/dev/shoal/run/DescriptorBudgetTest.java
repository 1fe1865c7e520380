package dev.shoal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DescriptorBudgetTest {
    @Test
    void jobsFitTheOpenFileLimit() {
        assertEquals(new DescriptorBudget.Fit(128, Optional.empty()), DescriptorBudget.fit(128, 1_048_576, 20));
        DescriptorBudget.Fit capped = DescriptorBudget.fit(128, 256, 20);
        assertEquals((256 - 20 - DescriptorBudget.RESERVE) / DescriptorBudget.PER_JOB, capped.jobs());
        assertTrue(capped.lowered().orElseThrow().contains("ulimit -n"), capped.toString());
        assertEquals(1, DescriptorBudget.fit(8, 30, 20).jobs(), "always at least one");
        assertEquals(new DescriptorBudget.Fit(8, Optional.empty()), DescriptorBudget.fit(8, 0, 20), "an unknown limit caps nothing");
    }
}
