package dev.shoal;

/** The exit codes every shoal command keeps to, so scripts can tell outcomes apart. */
public final class ExitCode {
    public static final int OK = 0;
    /** At least one repo's command failed, timed out or could not run. */
    public static final int REPO_FAILED = 1;
    /** Bad command line, unknown target, or a config file that cannot be used. */
    public static final int USAGE = 2;
    /**
     * shoal could not do its own part: an I/O failure on its own files (a full disk, a read-only config
     * home; the message says which), or an internal error (with a stack trace, for the bug report).
     */
    public static final int SOFTWARE = 70;
    /** Stopped by Ctrl-C (128 + SIGINT). */
    public static final int INTERRUPTED = 130;
    /** The reader of the output went away (as in {@code shoal st | head -1}): stopped quietly, as SIGPIPE would (128 + 13). */
    public static final int OUTPUT_CLOSED = 141;

    private ExitCode() {
    }
}
