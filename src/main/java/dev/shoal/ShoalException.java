package dev.shoal;

/**
 * An error meant for the user: its message is printed as one line after "shoal: ", and the process
 * exits with {@link #exitCode()}. Anything else that escapes is a bug and is reported as such.
 */
public class ShoalException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public ShoalException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public ShoalException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** Wrong words on the command line, or an unknown repo or group: exit 2. */
    public static ShoalException usage(String message) {
        return new ShoalException(ExitCode.USAGE, message);
    }

    /** A config file that cannot be read or does not make sense: exit 2. */
    public static ShoalException config(String message) {
        return new ShoalException(ExitCode.USAGE, message);
    }
}
