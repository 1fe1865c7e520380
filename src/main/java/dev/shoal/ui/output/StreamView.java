package dev.shoal.ui.output;

import dev.shoal.run.JobReport;
import dev.shoal.run.OutputClosedException;
import dev.shoal.run.RunListener;
import dev.shoal.run.RunSummary;
import dev.shoal.ui.Ansi;
import dev.shoal.ui.Style;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code --output stream}: every line as it comes, after its repo's name ({@code api:  line}, names
 * padded to one width); stdout lines on stdout, stderr lines on stderr. Then the summary on stderr.
 */
public final class StreamView implements RunListener {
    private final PrintStream out;
    private final PrintStream err;
    private final Style style;
    private final SummaryFormat summaryFormat;
    private int width;

    public StreamView(PrintStream out, PrintStream err, Style style) {
        this.out = out;
        this.err = err;
        this.style = style;
        this.summaryFormat = new SummaryFormat(style);
    }

    @Override
    public synchronized void begin(List<String> repos) {
        width = repos.stream().mapToInt(Ansi::visibleLength).max().orElse(0) + 1;
    }

    @Override
    public void started(String repo) {
        // Nothing to show until the repo prints something.
    }

    @Override
    public synchronized void line(String repo, byte[] line, boolean stderr, boolean progress) {
        PrintStream target = stderr ? err : out;
        target.writeBytes(BlockPrinter.utf8(style.cyan(Ansi.padRight(repo + ":", width)) + " "));
        target.writeBytes(line);
        target.write('\n');
        target.flush();
        if (target.checkError()) {
            throw new OutputClosedException();
        }
    }

    @Override
    public void finished(JobReport report) {
        // Every line is out already; the summary tells how each repo ended.
    }

    @Override
    public synchronized void summary(RunSummary summary) {
        summaryFormat.print(summary, err);
    }
}
