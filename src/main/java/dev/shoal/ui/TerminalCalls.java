package dev.shoal.ui;

import dev.shoal.Jdk22Class;
import java.util.Optional;

/**
 * The C library's calls about terminals, where shoal can make them itself: whether a descriptor is open on a
 * terminal ({@code isatty}) and the size of its window ({@code ioctl TIOCGWINSZ}). Jansi answers the same
 * for stdout, but loads its native library first, which it writes to the temp folder on every run (20 ms
 * of a terminal run of {@code ll}), and has nothing for stdin or the height, which cost the JDK's Console
 * and an stty process (bench/README, "Terminal facts without Jansi").
 */
interface TerminalCalls {
    boolean isTerminal(int fd);

    /** The window of the terminal open on {@code fd}, 0 for what it does not say; null when it is no terminal. */
    ScreenSize size(int fd);

    /**
     * The calls through the FFM API, final from JDK 22 on: compiled for 22 (src/main/java22) and loaded only
     * on such a JDK, on Linux on x86-64 or arm64. Empty elsewhere, and on JDK 21.
     */
    static Optional<TerminalCalls> posix() {
        return Jdk22Class.load("dev.shoal.ui.PosixTerminalCalls");
    }
}
