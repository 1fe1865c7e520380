package dev.shoal.ui.output;

import dev.shoal.ui.Style;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code --output blocks}: each repo's output printed as one block when it finishes (or in name order
 * with {@code --order name}), never interleaved with another's; then the summary on stderr.
 */
public final class BlocksView implements RunView {
    private final PrintStream out;
    private final PrintStream err;
    private final BlockPrinter printer;
    private final SummaryFormat summaryFormat;
    private final InOrder inOrder;

    public BlocksView(PrintStream out, PrintStream err, Style style, ReportOrder order) {
        this.out = out;
        this.err = err;
        this.printer = new BlockPrinter(style);
        this.summaryFormat = new SummaryFormat(style);
        this.inOrder = new InOrder(order, report -> printer.print(report, this.out));
    }

    @Override
    public synchronized void begin(List<String> repos) {
        inOrder.begin(repos);
    }

    @Override
    public void started(String repo) {
        // A block appears only once its repo is done.
    }

    @Override
    public void line(String repo, byte[] line, boolean stderr, boolean progress) {
        // The whole output is printed from the capture when the repo is done.
    }

    @Override
    public synchronized void finished(JobReport report) {
        inOrder.finished(report);
    }

    @Override
    public synchronized void summary(RunSummary summary) {
        summaryFormat.print(summary, err);
    }
}
