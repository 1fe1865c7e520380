package dev.shoal.run;


/** What a run came to; {@code outputClosed} when the reader of shoal's output went away midway. */
public record RunOutcome(RunSummary summary, boolean outputClosed) {
}
