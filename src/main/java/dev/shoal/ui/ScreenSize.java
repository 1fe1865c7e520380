package dev.shoal.ui;

/** A terminal's size in character cells, as it is right now: it changes whenever the window is resized. */
public record ScreenSize(int columns, int rows) {
    /** What to assume when the terminal will not say: the classic VT100 screen. */
    public static final ScreenSize FALLBACK = new ScreenSize(80, 24);

    /** Asks the terminal on stdout, or {@link #FALLBACK} when stdout is not one that answers. */
    public static ScreenSize ofStdout() {
        ScreenSize size = NativeTerminal.size();
        return size == null ? FALLBACK : size;
    }
}
