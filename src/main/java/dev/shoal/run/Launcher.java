package dev.shoal.run;

import java.io.IOException;

/** Starts processes as a {@link LaunchSpec} says: {@link OsLauncher} for real, a stand-in in the runner's own unit tests. */
@FunctionalInterface
public interface Launcher {
    Process start(LaunchSpec spec) throws IOException;

    /**
     * Told by a run how many jobs it is about to start, how many of them run at once, and whether a view
     * redraws the screen meanwhile (the live view), so the launcher can get ready for them.
     */
    default void expect(int jobs, int atOnce, boolean redrawn) {
    }
}
