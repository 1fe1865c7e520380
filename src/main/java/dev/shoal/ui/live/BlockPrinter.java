package dev.shoal.ui.live;

import dev.shoal.ui.Style;
import dev.shoal.ui.output.BlockFormatter;
import dev.shoal.ui.output.CapturedOutput;
import dev.shoal.ui.output.JobReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * A finished repo's block: its header, then all it printed, stdout then stderr, streamed (a spilled
 * gigabyte never sits in memory) with carriage-return rewrites collapsed. Ends at the start of a line.
 */
final class BlockPrinter {
    private static final int BUFFER = 64 * 1024;

    private BlockPrinter() {
    }

    static void print(JobReport report, Style style, PrintStream out) {
        out.print(BlockFormatter.header(report, style) + "\n");
        // Buffered here: the terminal's stream may flush on every write, and the collapser writes line by line.
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
        CarriageReturnCollapser collapser = new CarriageReturnCollapser(buffered);
        try {
            try {
                copy(report.stdout(), collapser);
                copy(report.stderr(), collapser);
            } finally {
                collapser.finish();
            }
        } catch (IOException e) {
            out.print(style.red("shoal: cannot read the output of " + report.repo() + ": " + e.getMessage()) + "\n");
        }
        out.flush();
    }

    private static void copy(CapturedOutput output, CarriageReturnCollapser collapser) throws IOException {
        if (output == null || output.size() == 0) {
            return;
        }
        try (InputStream in = output.open()) {
            in.transferTo(collapser);
        }
    }
}
