package dev.shoal.run;

/** Thrown by a {@link RunListener} whose output is gone (a reader closed the pipe); the run stops quietly. */
public final class OutputClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputClosedException() {
        super("output closed", null, false, false);
    }
}
