package dev.shoal.ui.output;

import dev.shoal.run.Dispatcher;
import dev.shoal.run.Job;
import dev.shoal.run.OsLauncher;
import dev.shoal.run.Prompter;
import dev.shoal.run.RunListener;
import dev.shoal.run.RunSummary;
import dev.shoal.ui.Style;
import dev.shoal.ui.Terminal;
import dev.shoal.ui.live.TerminalPrompter;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A run as the user sees it on shoal's own streams: the output mode's listener, headers and summaries of attached runs. */
public final class RunScreen implements Dispatcher.Screen {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Style style;
    private final Terminal terminal;
    private final OutputMode mode;
    private final ReportOrder order;
    private final Path cwd;
    private final Map<String, String> env;

    /** {@code in}, {@code cwd} and {@code env}: the session's, to ask questions on its terminal. */
    public RunScreen(InputStream in, PrintStream out, PrintStream err, Style style, Terminal terminal, OutputMode mode,
                     ReportOrder order, Path cwd, Map<String, String> env) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.style = style;
        this.terminal = terminal;
        this.mode = mode;
        this.order = order;
        this.cwd = cwd;
        this.env = env;
    }

    @Override
    public RunListener listener() {
        return mode.view(out, err, style, terminal, order);
    }

    /** On a terminal, in a mode whose view can step aside: questions show in place, answers come from the terminal. */
    @Override
    public Optional<Prompter> prompter(RunListener listener) {
        if (terminal.stdinIsTerminal() && terminal.stdoutIsTerminal() && mode.asksInPlace() && listener instanceof StepsAside view) {
            return Optional.of(new TerminalPrompter(in, out, style, view, OsLauncher.INSTANCE, cwd, env));
        }
        return Optional.empty();
    }

    /** A step's lines come after the repo's own output, a line each under its name. */
    @Override
    public RunListener stepLines() {
        return new StreamView(out, err, style);
    }

    @Override
    public void announce(Job job, int index, int count) {
        err.println(style.dim("===") + " " + style.bold(job.repo()) + style.dim(" (" + index + "/" + count + ")"));
        err.flush();
    }

    @Override
    public void say(String message) {
        err.println("shoal: " + message);
    }

    @Override
    public void summary(RunSummary summary) {
        new SummaryFormat(style).print(summary, err);
    }
}
