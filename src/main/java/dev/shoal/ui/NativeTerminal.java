package dev.shoal.ui;

import org.fusesource.jansi.internal.CLibrary;

/**
 * isatty and the window size through Jansi's small native library; the JDK 21 API has no
 * isatty for a single stream. Loaded only when a command first needs a terminal fact, so commands
 * that print nothing terminal-specific (like {@code --version}) never pay for it.
 */
final class NativeTerminal {
    static final int STDIN = 0;
    static final int STDOUT = 1;

    private NativeTerminal() {
    }

    static boolean isTerminal(int fd) {
        try {
            return CLibrary.LOADED && CLibrary.isatty(fd) == 1;
        } catch (LinkageError e) {
            // No native library for this platform: a console means both ends are terminals.
            return System.console() != null;
        }
    }

    /** Columns of the terminal on {@code fd}, or 0 when unknown. */
    static int width(int fd) {
        ScreenSize size = size(fd);
        return size == null ? 0 : size.columns();
    }

    /** The window size of the terminal on {@code fd}: one ioctl, cheap enough for every redraw; null when unknown. */
    static ScreenSize size(int fd) {
        try {
            CLibrary.WinSize size = new CLibrary.WinSize();
            if (CLibrary.ioctl(fd, CLibrary.TIOCGWINSZ, size) != 0 || size.ws_col <= 0 || size.ws_row <= 0) {
                return null;
            }
            return new ScreenSize(size.ws_col, size.ws_row);
        } catch (LinkageError e) {
            return null;
        }
    }
}
