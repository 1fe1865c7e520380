package dev.shoal.cli;

/**
 * The default of {@code -j}. Network and shell commands mostly wait (for a remote, for a build tool's
 * network), so many may run at once: gita starts them all, and shoal must not be slower; remote hosts
 * get their own adaptive bound anyway. Local git commands use CPU and disk, where more than a few per
 * core only adds memory.
 */
final class Parallelism {
    static final int WAITING = 128;
    static final String DEFAULT_DESCRIPTION =
            WAITING + " for network and shell commands, 4 per CPU core and at least 8 for other git commands";

    private Parallelism() {
    }

    static int defaultFor(boolean mostlyWaiting) {
        return mostlyWaiting ? WAITING : Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    }
}
