package dev.shoal.ui.output;

/** How one repo's job ended. */
public enum JobStatus {
    OK,
    FAILED,
    /** Killed, with its whole process tree, after the per-repo timeout. */
    TIMED_OUT,
    /** Not run: filtered out, or its folder is missing. */
    SKIPPED,
    /** Stopped by Ctrl-C before it finished. */
    CANCELLED
}
