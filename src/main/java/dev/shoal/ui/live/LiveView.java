package dev.shoal.ui.live;

import dev.shoal.ui.ScreenSize;
import dev.shoal.ui.Style;
import dev.shoal.ui.output.BlockFormatter;
import dev.shoal.ui.output.JobReport;
import dev.shoal.ui.output.RunSummary;
import dev.shoal.ui.output.RunView;
import dev.shoal.ui.output.SummaryFormatter;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The {@code --output live} mode, for a terminal: a region at the bottom shows each running repo's
 * latest output line and a total line; each finished repo's whole output is printed above it as one
 * block. Output lines only update state; one virtual thread redraws at a bounded rate, and a finish
 * redraws at once. The cursor is hidden while the region is up and shown again on every way out:
 * {@link #summary}, {@link #close}, or the JVM shutting down (Ctrl-C, an uncaught error).
 */
public final class LiveView implements RunView, AutoCloseable {
    private static final Duration REDRAW_EVERY = Duration.ofMillis(80);

    private final PrintStream out;
    private final Style style;
    private final int total;
    private final long startNanos = System.nanoTime();
    private final Map<String, RunningRepo> running = new ConcurrentHashMap<>();
    private final AtomicLong startOrder = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final LiveRegion region;
    private final Thread shutdownHook;
    private final Thread redrawer;

    private LiveView(PrintStream out, Style style, int total, Supplier<ScreenSize> screen) {
        this.out = out;
        this.style = style;
        this.total = total;
        this.region = new LiveRegion(out, screen, this::regionLines);
        this.shutdownHook = new Thread(region::abandon, "shoal-live-restore");
        this.redrawer = Thread.ofVirtual().name("shoal-live-redraw").unstarted(this::redrawUntilClosed);
    }

    /**
     * Starts a live view on the terminal behind {@code out}, whose size is asked again on every redraw.
     * {@code total} is how many repos the run has (0 if unknown), for the {@code [done/total]} count.
     */
    public static LiveView start(PrintStream out, Style style, int total) {
        return start(out, style, total, ScreenSize::ofStdout);
    }

    /** As {@link #start(PrintStream, Style, int)}, with the screen size from {@code screen}. */
    public static LiveView start(PrintStream out, Style style, int total, Supplier<ScreenSize> screen) {
        LiveView view = new LiveView(out, style, total, screen);
        Runtime.getRuntime().addShutdownHook(view.shutdownHook);
        view.redrawer.start();
        return view;
    }

    @Override
    public void started(String repo) {
        runningRepo(repo);
    }

    @Override
    public void line(String repo, byte[] line, boolean stderr, boolean progress) {
        // A progress update and a plain line both replace what the repo's row shows.
        runningRepo(repo).show(line);
    }

    @Override
    public void finished(JobReport report) {
        running.remove(report.repo());
        done.incrementAndGet();
        if (BlockFormatter.isFailure(report.status())) {
            failed.incrementAndGet();
        }
        region.printAbove(screen -> BlockPrinter.print(report, style, screen));
    }

    @Override
    public void summary(RunSummary summary) {
        close();
        StringBuilder text = new StringBuilder();
        SummaryFormatter.lines(summary, style).forEach(line -> text.append(line).append('\n'));
        out.print(text);
        out.flush();
    }

    /** Takes the region off the screen and shows the cursor; the view prints nothing live after this. */
    @Override
    public void close() {
        redrawer.interrupt();
        try {
            redrawer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        region.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to; the region is already closed, so it will do nothing.
        }
    }

    private RunningRepo runningRepo(String repo) {
        return running.computeIfAbsent(repo, name -> new RunningRepo(name, startOrder.getAndIncrement(), System.nanoTime()));
    }

    private void redrawUntilClosed() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                region.refresh();
                Thread.sleep(REDRAW_EVERY);
            }
        } catch (InterruptedException e) {
            // close() stops the redraws.
        }
    }

    private List<String> regionLines(ScreenSize size) {
        long now = System.nanoTime();
        List<RegionLayout.Row> rows = running.values().stream()
                .sorted(Comparator.comparingLong(RunningRepo::order))
                .map(repo -> new RegionLayout.Row(repo.name(), Duration.ofNanos(now - repo.startNanos()), repo.text()))
                .toList();
        RegionLayout.Totals totals = new RegionLayout.Totals(done.get(), total, rows.size(), failed.get(),
                Duration.ofNanos(now - startNanos));
        return RegionLayout.lines(rows, totals, size, style);
    }
}
