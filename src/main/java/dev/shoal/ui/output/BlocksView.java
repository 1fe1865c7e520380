package dev.shoal.ui.output;

import dev.shoal.run.JobReport;
import dev.shoal.ui.Style;
import java.io.PrintStream;

/**
 * {@code --output blocks}: each repo's output printed as one block when it finishes (or in name order
 * with {@code --order name}), never interleaved with another's; then the summary on stderr.
 */
public final class BlocksView extends FinishedReportView {
    private final PrintStream out;
    private final BlockPrinter printer;

    public BlocksView(PrintStream out, PrintStream err, Style style, ReportOrder order) {
        super(err, style, order);
        this.out = out;
        this.printer = new BlockPrinter(style);
    }

    @Override
    void print(JobReport report) {
        printer.print(report, out);
    }
}
