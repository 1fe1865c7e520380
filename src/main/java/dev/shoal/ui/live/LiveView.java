package dev.shoal.ui.live;

import dev.shoal.run.JobReport;
import dev.shoal.run.JobStatus;
import dev.shoal.run.OutputClosedException;
import dev.shoal.run.RunListener;
import dev.shoal.run.RunSummary;
import dev.shoal.ui.ScreenSize;
import dev.shoal.ui.Style;
import dev.shoal.ui.output.BlockPrinter;
import dev.shoal.ui.output.StepsAside;
import dev.shoal.ui.output.SummaryFormat;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * {@code --output live}, for a terminal: a region at the bottom shows each running repo's latest
 * output line and a total line; each finished repo's block ({@link BlockPrinter}) is printed whole
 * above it. Output lines only update state; one platform thread redraws at a bounded rate, the run's
 * start and each finish at once. The cursor is hidden while the region is up and shown again on every way
 * out: {@link #summary}, {@link #close}, or the JVM shutting down (a signal, an uncaught error).
 */
public final class LiveView implements RunListener, StepsAside, AutoCloseable {
    private static final Duration REDRAW_EVERY = Duration.ofMillis(80);
    /** The terminal's stream may flush on every write; the collapser writes line by line. */
    private static final int BLOCK_BUFFER = 64 * 1024;

    private final PrintStream out;
    private final PrintStream err;
    private final Style style;
    private final BlockPrinter blocks;
    private final long startNanos = System.nanoTime();
    private final Map<String, RunningRepo> running = new ConcurrentHashMap<>();
    private final AtomicLong startOrder = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final LiveRegion region;
    private final Thread shutdownHook;
    private final Thread redrawer;
    /** How many repos the run has, from {@link #begin}; 0 until then. */
    private volatile int total;

    private LiveView(PrintStream out, PrintStream err, Style style, Supplier<ScreenSize> screen) {
        this.out = out;
        this.err = err;
        this.style = style;
        this.blocks = new BlockPrinter(style);
        this.region = new LiveRegion(out, screen, this::regionLines);
        this.shutdownHook = new Thread(region::abandon, "shoal-live-restore");
        // A platform thread, scheduled by the system: as one more virtual thread it queued behind the jobs' own
        // on the two carriers while 40 processes started, and the region stood still for 3 to 5 s (bench/live.py).
        this.redrawer = Thread.ofPlatform().daemon().name("shoal-live-redraw").unstarted(this::redrawUntilClosed);
    }

    /**
     * Starts a live view on the terminal behind {@code out} (its size is asked again on every redraw);
     * the summary goes to {@code err}, as in every mode.
     */
    public static LiveView start(PrintStream out, PrintStream err, Style style) {
        return start(out, err, style, ScreenSize::ofStdout);
    }

    /** As {@link #start(PrintStream, PrintStream, Style)}, with the screen size from {@code screen}. */
    public static LiveView start(PrintStream out, PrintStream err, Style style, Supplier<ScreenSize> screen) {
        LiveView view = new LiveView(out, err, style, screen);
        Runtime.getRuntime().addShutdownHook(view.shutdownHook);
        view.redrawer.start();
        return view;
    }

    @Override
    public void begin(List<String> repos) {
        total = repos.size();
        // The first frame, before any process starts, on the thread that starts the run.
        region.refresh();
    }

    @Override
    public boolean redraws() {
        return true;
    }

    /** Also for a retry: the repo keeps its row and its place. */
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
        if (isFailure(report.status())) {
            failed.incrementAndGet();
        }
        region.printAbove(terminal -> printBlock(report, terminal));
        if (out.checkError()) {
            throw new OutputClosedException();
        }
    }

    /**
     * Takes the region off the screen while {@code action} runs; a repo that finishes meanwhile waits to
     * be printed (its job's slot is free already), the others' lines are kept as always.
     */
    @Override
    public <T> T aside(Action<T> action) throws InterruptedException {
        return region.aside(action);
    }

    @Override
    public void summary(RunSummary summary) {
        close();
        new SummaryFormat(style).print(summary, err);
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

    /** The block as every mode prints it, but with carriage-return rewrites collapsed: raw, they garble a terminal. */
    private void printBlock(JobReport report, PrintStream terminal) {
        CarriageReturnCollapser collapser = new CarriageReturnCollapser(new BufferedOutputStream(terminal, BLOCK_BUFFER));
        try {
            blocks.print(report, new PrintStream(collapser, false));
            collapser.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the total line counts as failed: the repos that did not get their command done. */
    private static boolean isFailure(JobStatus status) {
        return switch (status) {
            case FAILED, TIMED_OUT, NEEDS_CREDENTIALS -> true;
            case OK, SKIPPED, CANCELLED -> false;
        };
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
                .sorted(LiveView::inOrderStarted)
                .map(repo -> new RegionLayout.Row(repo.name(), Duration.ofNanos(now - repo.startNanos()), repo.text()))
                .toList();
        RegionLayout.Totals totals = new RegionLayout.Totals(done.get(), total, rows.size(), failed.get(),
                Duration.ofNanos(now - startNanos));
        return RegionLayout.lines(rows, totals, size, style);
    }

    /**
     * The order the repos started in. Not Comparator.comparingLong, whose lambda is serializable: a start-up
     * cache keeps no such lambda, and linking it cost the first redraw 2 ms of CPU.
     */
    private static int inOrderStarted(RunningRepo a, RunningRepo b) {
        return Long.compare(a.order(), b.order());
    }
}
