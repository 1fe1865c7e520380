package dev.shoal.ui.output;

import dev.shoal.run.RunListener;
import dev.shoal.ui.Style;
import dev.shoal.ui.Terminal;
import dev.shoal.ui.live.LiveView;
import java.io.PrintStream;

/** {@code --output}: how a run shows what its repos print. The one place a mode becomes a {@link RunListener}. */
public enum OutputMode {
    /** A live region of running repos, finished blocks printed above it (the default on a terminal). */
    LIVE,
    /** One block per repo as it finishes (the default when piped). */
    BLOCKS,
    /** Every line as it comes, after its repo's name. */
    STREAM,
    /** One JSON object per repo and line. */
    JSON;

    public static OutputMode defaultFor(Terminal terminal) {
        return terminal.stdoutIsTerminal() ? LIVE : BLOCKS;
    }

    /** Whether git may color what it prints: only where it ends up on a color terminal, never in JSON. */
    public boolean keepsColors(Style style) {
        return style.enabled() && this != JSON;
    }

    /**
     * Whether the view shows each repo's progress as it goes, so commands should print it: the live
     * region does, and it needs a terminal to move the cursor on (anywhere else live means blocks).
     */
    public boolean showsProgress(Terminal terminal) {
        return this == LIVE && terminal.stdoutIsTerminal();
    }

    /** Whether a run's questions (a password, an editor) can be asked in place on a terminal: not in json, not in stream. */
    public boolean asksInPlace() {
        return this == LIVE || this == BLOCKS;
    }

    public RunListener view(PrintStream out, PrintStream err, Style style, Terminal terminal, ReportOrder order) {
        return switch (this) {
            case LIVE -> showsProgress(terminal) ? LiveView.start(out, err, style) : new BlocksView(out, err, style, order);
            case BLOCKS -> new BlocksView(out, err, style, order);
            case STREAM -> new StreamView(out, err, style);
            case JSON -> new JsonView(out, err, style, order);
        };
    }
}
