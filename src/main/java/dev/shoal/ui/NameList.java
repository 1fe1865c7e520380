package dev.shoal.ui;

import java.io.PrintStream;
import java.util.List;

/** Prints names: one per line for pipes and scripts, filled into lines on a terminal. */
public final class NameList {
    private NameList() {
    }

    public static void print(PrintStream out, List<String> names, Terminal terminal) {
        if (!terminal.stdoutIsTerminal()) {
            names.forEach(out::println);
            return;
        }
        StringBuilder line = new StringBuilder();
        int visible = 0;
        for (String name : names) {
            int length = Ansi.visibleLength(name);
            if (visible > 0 && visible + 1 + length > terminal.width()) {
                out.println(line);
                line.setLength(0);
                visible = 0;
            }
            if (visible > 0) {
                line.append(' ');
                visible++;
            }
            line.append(name);
            visible += length;
        }
        if (visible > 0) {
            out.println(line);
        }
    }
}
