package dev.shoal.run;

import java.nio.file.Path;

/**
 * How a run runs: at most {@code jobs} repos at once, {@code retries} more tries for transient network
 * failures, captured output spilled to files under {@code tempRoot}.
 */
public record RunSettings(int jobs, int retries, Path tempRoot) {
    public RunSettings {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }
}
