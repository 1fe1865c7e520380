package dev.shoal.ui.live;

import dev.shoal.run.LaunchSpec;
import dev.shoal.run.Launcher;
import dev.shoal.run.Prompter;
import dev.shoal.ui.Style;
import dev.shoal.ui.output.StepsAside;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * The terminal's side of a run's questions: the view steps aside, the question shows where the view
 * was, on a row that names the repo and its host, and the answer is read from the terminal, without
 * echo for a secret ({@code stty -echo}, run with the terminal, restored on every way out). The text
 * comes from git or ssh, with the remote's URL in it: it is shown without control characters. An editor
 * gets the terminal the same way, under a header naming the repo.
 */
public final class TerminalPrompter implements Prompter {
    private final InputStream in;
    private final PrintStream out;
    private final Style style;
    private final StepsAside view;
    private final Launcher launcher;
    private final Path dir;
    private final Map<String, String> env;
    /** Lines read from the terminal, each asked for: only a question reads, so typed-ahead keys wait in the terminal. */
    private final BlockingQueue<Optional<String>> lines = new ArrayBlockingQueue<>(1);
    private final Semaphore wanted = new Semaphore(0);
    private Thread reader;

    /**
     * {@code in} and {@code out}: the terminal; {@code launcher}, {@code dir} and {@code env}: to run
     * stty on it.
     */
    public TerminalPrompter(InputStream in, PrintStream out, Style style, StepsAside view, Launcher launcher, Path dir,
                            Map<String, String> env) {
        this.in = in;
        this.out = out;
        this.style = style;
        this.view = view;
        this.launcher = launcher;
        this.dir = dir;
        this.env = env;
    }

    @Override
    public Optional<String> ask(Question question) throws InterruptedException {
        return view.aside(() -> question.secret() ? withoutEcho(() -> show(question)) : show(question));
    }

    /** The header an editor opens under, as a repo run with the terminal attached has. */
    @Override
    public boolean handOver(String repo, String what, Handover action) throws InterruptedException {
        return view.aside(() -> {
            out.println(style.dim("===") + " " + style.bold(StatusText.of(repo.getBytes(StandardCharsets.UTF_8)))
                    + style.dim(" (editing " + StatusText.of(what.getBytes(StandardCharsets.UTF_8)) + ")"));
            out.flush();
            return action.run();
        });
    }

    /** Shows the question and reads the answer (for a secret, the echo is off before the question shows). */
    private Optional<String> show(Question question) throws InterruptedException {
        List<String> rows = question.text().lines().map(line -> StatusText.of(line.getBytes(StandardCharsets.UTF_8))).toList();
        for (String row : rows.subList(0, Math.max(0, rows.size() - 1))) {
            out.println(row);
        }
        String who = style.bold(StatusText.of(question.repo().getBytes(StandardCharsets.UTF_8)))
                + (question.host().isEmpty() ? "" : style.dim(" (" + question.host() + ")"))
                + (question.again() ? style.yellow(" refused, once more") : "");
        out.print(who + ": " + (rows.isEmpty() ? "" : rows.getLast()) + " ");
        out.flush();
        try {
            return readLine();
        } catch (InterruptedException e) {
            if (!question.secret()) {
                out.println(); // Ctrl-C: what follows starts on a row of its own (a secret's row ends anyway)
                out.flush();
            }
            throw e;
        }
    }

    private Optional<String> withoutEcho(StepsAside.Action<Optional<String>> read) throws InterruptedException {
        Thread restore = new Thread(() -> stty("echo"), "shoal-echo-restore");
        stty("-echo");
        Runtime.getRuntime().addShutdownHook(restore);
        try {
            return read.run();
        } finally {
            stty("echo");
            out.println(); // the Enter typed was not echoed either
            out.flush();
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException shuttingDown) {
                // The hook restores echo once more; harmless.
            }
        }
    }

    /** One line from the terminal; empty at the end of input (Ctrl-D). Interruptible, though the read is not. */
    private Optional<String> readLine() throws InterruptedException {
        synchronized (this) {
            if (reader == null) {
                reader = Thread.ofPlatform().daemon().name("shoal-prompt-reader").start(this::readWhenAsked);
            }
        }
        wanted.release();
        return lines.take();
    }

    /**
     * A daemon: a read of the terminal cannot be interrupted, so after Ctrl-C at a question it stays
     * blocked until shoal exits, which it does next.
     */
    private void readWhenAsked() {
        try {
            while (true) {
                wanted.acquire();
                lines.put(line());
            }
        } catch (InterruptedException | IOException e) {
            lines.offer(Optional.empty());
        }
    }

    private Optional<String> line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b == -1 && bytes.size() == 0) {
                return Optional.empty();
            }
            if (b == -1 || b == '\n') {
                String line = bytes.toString(StandardCharsets.UTF_8);
                return Optional.of(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            }
            bytes.write(b);
        }
    }

    /** Runs stty on the terminal (its stdin is the terminal's); a failure leaves the echo as it was. */
    private void stty(String setting) {
        // Ctrl-C may be under way: the echo is restored all the same, and the interruption kept for the caller.
        boolean interrupted = Thread.interrupted();
        try {
            Process process = launcher.start(new LaunchSpec(List.of("stty", setting), dir, env, List.of(), LaunchSpec.Io.TERMINAL));
            while (true) {
                try {
                    process.waitFor();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (IOException e) {
            // No stty: the answer shows as typed, as it would in git's own prompt without one.
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
