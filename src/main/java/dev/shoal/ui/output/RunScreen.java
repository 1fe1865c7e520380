package dev.shoal.ui.output;

import dev.shoal.run.Dispatcher;
import dev.shoal.run.Job;
import dev.shoal.run.RunListener;
import dev.shoal.run.RunSummary;
import dev.shoal.ui.Style;
import dev.shoal.ui.Terminal;
import java.io.PrintStream;

/** A run as the user sees it on shoal's own streams: the output mode's listener, headers and summaries of attached runs. */
public final class RunScreen implements Dispatcher.Screen {
    private final PrintStream out;
    private final PrintStream err;
    private final Style style;
    private final Terminal terminal;
    private final OutputMode mode;
    private final ReportOrder order;

    public RunScreen(PrintStream out, PrintStream err, Style style, Terminal terminal, OutputMode mode, ReportOrder order) {
        this.out = out;
        this.err = err;
        this.style = style;
        this.terminal = terminal;
        this.mode = mode;
        this.order = order;
    }

    @Override
    public RunListener listener() {
        return mode.view(out, err, style, terminal, order);
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
