package dev.shoal.ui.output;

import dev.shoal.run.JobReport;
import dev.shoal.run.RunListener;
import dev.shoal.run.RunSummary;
import dev.shoal.ui.Style;
import java.io.PrintStream;
import java.util.List;

/**
 * A view that shows each repo once, when it is done (or in name order with {@code --order name}), from
 * its captured output, then the summary on stderr. The blocks and json modes.
 */
abstract class FinishedReportView implements RunListener, StepsAside {
    private final PrintStream err;
    private final SummaryFormat summaryFormat;
    private final InOrder inOrder;

    FinishedReportView(PrintStream err, Style style, ReportOrder order) {
        this.err = err;
        this.summaryFormat = new SummaryFormat(style);
        this.inOrder = new InOrder(order, this::print);
    }

    /** Prints one finished repo; called under this view's lock, one at a time. */
    abstract void print(JobReport report);

    @Override
    public synchronized void begin(List<String> repos) {
        inOrder.begin(repos);
    }

    @Override
    public void started(String repo) {
        // Nothing shows until the repo is done.
    }

    @Override
    public void line(String repo, byte[] line, boolean stderr, boolean progress) {
        // The whole output is printed from the capture when the repo is done.
    }

    @Override
    public synchronized void finished(JobReport report) {
        inOrder.finished(report);
    }

    /** A repo that finishes meanwhile waits to be printed (its job's slot is free already). */
    @Override
    public synchronized <T> T aside(Action<T> action) throws InterruptedException {
        return action.run();
    }

    @Override
    public synchronized void summary(RunSummary summary) {
        summaryFormat.print(summary, err);
    }
}
