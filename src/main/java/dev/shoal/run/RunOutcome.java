package dev.shoal.run;

import dev.shoal.ui.output.RunSummary;

/** What a run came to; {@code outputClosed} when the reader of shoal's output went away midway. */
public record RunOutcome(RunSummary summary, boolean outputClosed) {
}
