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

    /**
     * Asks what {@link #detect} asks, the answer unused, and links the C library's calls a start on a
     * terminal makes (on JDK 22+, through the FFM API), whatever the output is: for the training of a
     * command's start-up cache (cli.TrainCommand), whose sessions are given their terminal facts, so
     * that these classes are in the cache and not read from the jar at each start.
     */
    public static void train(Map<String, String> env) {
        detect(env);
        NativeTerminal.linkCalls();
    }

    public static Terminal detect(Map<String, String> env) {
        boolean stdout = NativeTerminal.stdoutIsTerminal() && !inEmacsOutputBuffer(env);
        // Stdin counts only with stdout: a command reading an answer asks on stdout (NativeTerminal says more).
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

    /**
     * An Emacs buffer that shows a program's output as text, as {@code M-x compile} does, runs it on a
     * pseudo-terminal nobody can type into or move a cursor on: not a terminal (TERM is "dumb" and
     * INSIDE_EMACS names no comint, the mode of Emacs's shell buffers), as Jansi also rules.
     */
    private static boolean inEmacsOutputBuffer(Map<String, String> env) {
        String emacs = env.get("INSIDE_EMACS");
        return "dumb".equals(env.get("TERM")) && emacs != null && !emacs.contains("comint");
    }

    private static int parseColumns(String columns) {
        try {
            return columns == null ? FALLBACK_WIDTH : Math.max(20, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return FALLBACK_WIDTH;
        }
    }
}
