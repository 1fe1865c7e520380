package dev.shoal.ui.output;

/**
 * What the runner tells an output mode (live, blocks, stream, json) while repos run. Calls come from
 * many threads at once; implementations serialize their own printing. {@link #finished} comes once per
 * repo after its last {@link #line}, and {@link #summary} comes last of all.
 */
public interface RunView {
    void started(String repo);

    /**
     * One line of a job's output, without its line ending, bytes as printed. {@code progress} is true
     * for a line ended by a carriage return: an update meant to overwrite the previous one, as git
     * prints "Receiving objects: 45%".
     */
    void line(String repo, byte[] line, boolean stderr, boolean progress);

    void finished(JobReport report);

    void summary(RunSummary summary);
}
