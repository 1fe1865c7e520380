package dev.shoal.ui.output;

/** Thrown by a {@link RunView} whose output is gone (a reader closed the pipe); the run stops quietly. */
public final class OutputClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputClosedException() {
        super("output closed", null, false, false);
    }
}
