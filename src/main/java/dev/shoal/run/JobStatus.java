package dev.shoal.run;

/** How one repo's job ended. */
public enum JobStatus {
    OK("ok"),
    FAILED("failed"),
    /** Killed, with its whole process tree, after the per-repo timeout. */
    TIMED_OUT("timed out"),
    /** Failed for want of credentials it was not allowed to ask for (a parallel run never prompts). */
    NEEDS_CREDENTIALS("needs credentials"),
    /** Not run: its folder is missing. */
    SKIPPED("skipped"),
    /** Stopped by Ctrl-C (or a closed output) before it finished, or before it started. */
    CANCELLED("cancelled");

    private final String label;

    JobStatus(String label) {
        this.label = label;
    }

    /** The status in words, as every output mode prints it. */
    public String label() {
        return label;
    }

    /** Whether running the repo again could turn out differently (a missing folder stays missing). */
    public boolean rerunnable() {
        return this != OK && this != SKIPPED;
    }
}
