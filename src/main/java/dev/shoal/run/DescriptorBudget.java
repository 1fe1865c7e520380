package dev.shoal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How many jobs may run at once within the process's open-file limit ({@code ulimit -n}). A running job
 * holds its two output pipes, and while it starts the JDK holds a few more; a spilled capture holds a
 * file. Past the limit, starts fail with "Too many open files" all over the run, so -j is lowered to fit
 * instead, with a word to the user; a start that fails anyway is that repo's failure.
 */
public final class DescriptorBudget {
    /** Per running job: two pipes, a spill file, and the start's own pipes while it lasts. */
    static final int PER_JOB = 6;
    /** Kept for the JVM itself (jars, the terminal, the registry and its lock). */
    static final int RESERVE = 32;

    private DescriptorBudget() {
    }

    /** {@code jobs}, or fewer when the open-file limit cannot hold that many; the reason when lowered. */
    public record Fit(int jobs, Optional<String> lowered) {
    }

    public static Fit fit(int jobs) {
        return fit(jobs, openFileLimit(), openNow());
    }

    static Fit fit(int jobs, long limit, long open) {
        if (limit <= 0) {
            return new Fit(jobs, Optional.empty());
        }
        long room = Math.max(1, (limit - open - RESERVE) / PER_JOB);
        if (jobs <= room) {
            return new Fit(jobs, Optional.empty());
        }
        return new Fit((int) room, Optional.of("at most " + room + " repos at once (not " + jobs + "): this process may open only "
                + limit + " files (ulimit -n)"));
    }

    /** The soft limit from /proc/self/limits ("Max open files  1024  4096  files"); 0 when unknown. */
    private static long openFileLimit() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/limits"))) {
            return lines.filter(l -> l.startsWith("Max open files")).findFirst()
                    .map(l -> l.substring("Max open files".length()).strip().split("\\s+")[0])
                    .map(v -> v.equals("unlimited") ? 0L : Long.parseLong(v)).orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long openNow() {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
