package dev.shoal.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Prints the terminal facts shoal works from, as one line, then again after each line read from stdin,
 * until stdin ends: run by TerminalDetectionTest in tmux, which resizes the window in between.
 */
public final class TerminalFactsDriver {
    private TerminalFactsDriver() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        do {
            Terminal terminal = Terminal.detect(System.getenv());
            ScreenSize size = ScreenSize.ofStdout();
            System.out.println("stdin " + terminal.stdinIsTerminal() + " stdout " + terminal.stdoutIsTerminal()
                    + " width " + terminal.width() + " size " + size.columns() + "x" + size.rows());
        } while (in.readLine() != null);
    }
}
