package dev.shoal.run;

import java.util.List;

/**
 * What the runner tells an output mode (live, blocks, stream, json) while repos run. Calls come from
 * many threads at once; implementations serialize their own printing. Order: {@link #begin} once, then
 * per repo {@link #started} (again for each retry), its {@link #line}s, and {@link #finished} once
 * after its last line; {@link #summary} comes last of all, always, also after Ctrl-C.
 * <p>
 * A view whose output has gone away (a closed pipe, as in {@code shoal st | head -1}) throws
 * {@link OutputClosedException} from any call; the runner then stops every job quietly and calls
 * nothing more.
 */
public interface RunListener {
    /** Every repo the run will report on, in name order, before anything runs. */
    default void begin(List<String> repos) {
    }

    /** A repo's command starts; again when the runner retries it (a dropped connection, {@code --retry}). */
    void started(String repo);

    /**
     * One line of a job's output, without its line ending, bytes as printed. {@code progress} is true
     * for a line ended by a carriage return: an update meant to overwrite the previous one, as git
     * prints "Receiving objects: 45%". A line longer than {@link #MAX_LINE} bytes comes in pieces of that
     * size, each its own call, so a command printing a gigabyte without a newline costs no memory.
     */
    void line(String repo, byte[] line, boolean stderr, boolean progress);

    /** Longest piece of a line handed to {@link #line}. */
    int MAX_LINE = 64 * 1024;

    void finished(JobReport report);

    /** Whether the view redraws the screen while the jobs run, and so needs its turn on the CPU among them. */
    default boolean redraws() {
        return false;
    }

    void summary(RunSummary summary);
}
