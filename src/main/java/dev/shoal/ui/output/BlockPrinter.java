package dev.shoal.ui.output;

import dev.shoal.ui.Visible;

import dev.shoal.run.CapturedOutput;
import dev.shoal.run.DurationText;
import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.OutputClosedException;
import dev.shoal.ui.Style;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One finished repo as a block: a header line with its name, status and time, then everything it
 * printed, bytes as they were (stdout, then stderr), ending in a newline. A repo that printed nothing
 * is just its header. Used by the blocks mode and by the live mode above its region.
 */
public final class BlockPrinter {
    private static final int CHUNK = 64 * 1024;
    private final Style style;

    public BlockPrinter(Style style) {
        this.style = style;
    }

    /**
     * {@code === api: failed, exit 1 (1.2s): note}, {@code === api: updated (1.2s)}, styled when the style
     * is on. The header is shoal's line, not the repo's bytes: a note quoting git or a manifest shows its
     * control characters.
     */
    public String header(JobReport report) {
        StringBuilder line = new StringBuilder(style.dim("===")).append(' ').append(style.bold(Visible.of(report.repo()))).append(": ");
        line.append(styledLabel(report));
        if (report.status() == JobStatus.TIMED_OUT) {
            // "timed out after 2s, killed 3 processes": the limit, not the time it took to notice and kill.
            return line.append(' ').append(report.note()).toString();
        }
        // A step after the command can fail a job whose command exited 0 (a clone, then its checkout): no "exit 0".
        if ((report.status() == JobStatus.FAILED || report.status() == JobStatus.NEEDS_CREDENTIALS) && report.exitCode() != 0) {
            line.append(", exit ").append(report.exitCode());
        }
        if (!report.duration().isZero()) {
            line.append(' ').append(style.dim("(" + DurationText.format(report.duration()) + ")"));
        }
        if (report.note() != null && !report.note().isEmpty()) {
            line.append(": ").append(Visible.of(report.note()));
        }
        return line.toString();
    }

    /** Writes the whole block; throws {@link OutputClosedException} if the output went away midway. */
    public void print(JobReport report, PrintStream out) {
        out.writeBytes(utf8(header(report) + "\n"));
        copy(report.stdout(), out);
        copy(report.stderr(), out);
        out.flush();
        if (out.checkError()) {
            throw new OutputClosedException();
        }
    }

    private String styledLabel(JobReport report) {
        return switch (report.status()) {
            case OK -> style.green(report.label());
            case SKIPPED, CANCELLED -> style.yellow(report.label());
            case FAILED, TIMED_OUT, NEEDS_CREDENTIALS -> style.red(report.label());
        };
    }

    /** Copies captured bytes as they are, adding a final newline when they lack one. */
    private static void copy(CapturedOutput output, PrintStream out) {
        if (output.size() == 0) {
            return;
        }
        byte[] buffer = new byte[CHUNK];
        int last = '\n';
        try (InputStream in = output.open()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                last = buffer[n - 1];
                if (out.checkError()) {
                    throw new OutputClosedException();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read captured output: " + e.getMessage(), e);
        }
        if (last != '\n') {
            out.write('\n');
        }
    }

    /** Text shoal itself prints goes out as UTF-8 whatever the platform charset, like the bytes around it. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
