package dev.shoal.git;

/** How one git command of a multi-step job ended, with what it printed. */
public record StepResult(int exitCode, String stdout, String stderr) {
    public boolean ok() {
        return exitCode == 0;
    }

    /** The last line git printed on stderr, which is where it says what went wrong. */
    public String lastError() {
        String[] lines = stderr.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
