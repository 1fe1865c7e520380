package dev.shoal.ui;

import java.util.Map;

/**
 * Facts about where shoal's output goes: whether stdin and stdout are terminals and how wide the
 * terminal is (stdin counts as one only when stdout is one too). Tests build these by hand; {@link #detect} asks the operating system.
 */
public record Terminal(boolean stdinIsTerminal, boolean stdoutIsTerminal, int width) {
    /** What a pipe looks like: no terminal, no width limit. */
    public static final Terminal PIPE = new Terminal(false, false, Integer.MAX_VALUE);
    private static final int FALLBACK_WIDTH = 80;

    public static Terminal detect(Map<String, String> env) {
        boolean stdout = NativeTerminal.stdoutIsTerminal();
        // The JDK tells whether both ends are terminals, not stdin alone (NativeTerminal says why).
        boolean stdin = stdout && NativeTerminal.stdinAndStdoutAreTerminals();
        int width = Integer.MAX_VALUE;
        if (stdout) {
            width = NativeTerminal.width();
            if (width <= 0) {
                width = parseColumns(env.get("COLUMNS"));
            }
        }
        return new Terminal(stdin, stdout, width);
    }

    private static int parseColumns(String columns) {
        try {
            return columns == null ? FALLBACK_WIDTH : Math.max(20, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return FALLBACK_WIDTH;
        }
    }
}
