package dev.shoal.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One repo's finished job as the output modes see it. {@code note} says in words what the status
 * alone does not ("timed out after 30s, 3 processes killed", "folder missing", "needs credentials").
 */
public record JobReport(String repo, Path path, List<String> argv, JobStatus status, int exitCode,
                        Duration duration, CapturedOutput stdout, CapturedOutput stderr, String note) {
    public JobReport {
        argv = List.copyOf(argv);
    }
}
