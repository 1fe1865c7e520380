package dev.shoal.ui;

import dev.shoal.run.LaunchSpec;
import dev.shoal.run.OsLauncher;
import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.fusesource.jansi.AnsiConsole;
import org.fusesource.jansi.AnsiType;

/**
 * What the operating system says about the terminal, through public APIs only. A pipe, a file or /dev/null
 * on stdout is told from one stat (see {@link #surelyNoTerminal}). For the rest, where shoal calls the C
 * library itself (JDK 22+ on Linux: {@link TerminalCalls}), isatty answers for stdin and stdout, and one
 * ioctl for the window's width and height, cheap enough for every redraw. Elsewhere Jansi's public API
 * answers for stdout: whether it is a terminal and how wide. It has nothing for stdin or the height; its
 * CLibrary, which has both, is internal and may change or vanish in any Jansi release. So there stdin is
 * asked of the JDK's Console, and the height of {@code stty size} on the terminal: a process of a few
 * milliseconds, which only the live view needs, asked at most once a second and waited for only the
 * first time.
 * Loaded only when a command first needs a terminal fact, so {@code --version} never pays for it.
 */
final class NativeTerminal {
    private static final long ROWS_MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** st_mode's file type bits, and the type of a character device (sys/stat.h). */
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    /** Linux's major number of /dev/null, /dev/zero, /dev/full and /dev/random (Documentation/admin-guide/devices.txt). */
    private static final long MEMORY_DEVICES = 1;
    /** stty's last answer, 0 when it could not tell; asked first while the caller waits, then by {@link #asker}. */
    private static volatile int rows;
    private static volatile long rowsAskedAt;
    private static boolean rowsAsked;
    private static final AtomicBoolean asker = new AtomicBoolean();

    private NativeTerminal() {
    }

    /** The C library's calls, linked when a descriptor is not surely a pipe or a file: a pipe never pays for them. */
    private static final class Calls {
        static final Optional<TerminalCalls> POSIX = TerminalCalls.posix();
    }

    /** Links the C library's calls now, as the first question about a terminal would; whether there are any. */
    static boolean linkCalls() {
        return Calls.POSIX.isPresent();
    }

    static boolean stdoutIsTerminal() {
        if (surelyNoTerminal(1)) {
            return false;
        }
        if (Calls.POSIX.isPresent()) {
            return Calls.POSIX.get().isTerminal(1);
        }
        try {
            AnsiType type = AnsiConsole.out().getType();
            return type != AnsiType.Redirected && type != AnsiType.Unsupported;
        } catch (LinkageError e) {
            // No native library for this platform: a console means both ends are terminals.
            return System.console() != null;
        }
    }

    /**
     * Whether the descriptor is open on what is never a terminal: a pipe, a file, a socket (anything but a
     * character device) or one of the kernel's memory devices such as /dev/null, read from one stat of
     * {@code /proc/self/fd}. Asking Jansi instead loads its native library: with output piped or sent to
     * /dev/null, this made {@code ll} on ten repos 5% faster (bench/README, "Terminal or not"). False where
     * there is no such folder (not Linux), and for every other character device: Jansi decides.
     */
    private static boolean surelyNoTerminal(int fd) {
        try {
            Map<String, Object> stat = Files.readAttributes(Path.of("/proc/self/fd/" + fd), "unix:mode,rdev");
            boolean characterDevice = ((Integer) stat.get("mode") & S_IFMT) == S_IFCHR;
            long device = (Long) stat.get("rdev");
            // Linux's dev_t: the major number in bits 8 to 19 and from bit 32 on.
            long major = ((device >>> 8) & 0xfff) | ((device >>> 32) & ~0xfffL);
            return !characterDevice || major == MEMORY_DEVICES;
        } catch (IOException | RuntimeException e) {
            // No /proc, no "unix" attribute view, or another JDK's types: ask Jansi.
            return false;
        }
    }

    /**
     * Whether stdin and stdout are both terminals: what isatty tells of each, or else the JDK's console, and
     * all a command reading an answer from stdin needs to know (it asks on stdout). JDK 22 to 24 give a console even to a
     * redirected process and say so with {@code isTerminal}, a method JDK 21 does not have.
     */
    static boolean stdinAndStdoutAreTerminals() {
        if (Calls.POSIX.isPresent()) {
            return Calls.POSIX.get().isTerminal(0) && Calls.POSIX.get().isTerminal(1);
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** Columns of the terminal on stdout, or 0 when unknown. */
    static int width() {
        if (Calls.POSIX.isPresent()) {
            ScreenSize size = Calls.POSIX.get().size(1);
            return size == null ? 0 : size.columns();
        }
        try {
            return Math.max(0, AnsiConsole.out().getTerminalWidth());
        } catch (LinkageError e) {
            return 0;
        }
    }

    /**
     * The window size of the terminal on stdout; null when unknown. Where shoal calls the C library, one
     * ioctl a call tells both. Elsewhere the width is asked on every call, and the
     * height of stty while the caller waits only the first time; after that, at most once a second,
     * on a thread of its own, and callers take the last answer. The live view asks on every redraw, under
     * the lock that finished repos' blocks wait for; with 40 fetches on two cores, a redraw that started sh
     * and stty took up to 720 ms, and the region stood still that long (bench/live.py, fetch -j 40).
     */
    static ScreenSize size() {
        if (Calls.POSIX.isPresent()) {
            ScreenSize size = Calls.POSIX.get().size(1);
            return size == null || size.columns() == 0 || size.rows() == 0 ? null : size;
        }
        int columns = width();
        askRows();
        int known = rows;
        return columns <= 0 || known <= 0 ? null : new ScreenSize(columns, known);
    }

    private static void askRows() {
        synchronized (NativeTerminal.class) {
            if (!rowsAsked) {
                rows = sttyRows();
                rowsAskedAt = System.nanoTime();
                rowsAsked = true;
                return;
            }
        }
        if (System.nanoTime() - rowsAskedAt > ROWS_MAX_AGE_NANOS && asker.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("shoal-terminal-rows").start(() -> {
                try {
                    rows = sttyRows();
                    rowsAskedAt = System.nanoTime();
                } finally {
                    asker.set(false);
                }
            });
        }
    }

    /**
     * The rows {@code stty size} reports for the controlling terminal ("ROWS COLUMNS"), or 0. Started the
     * way shoal starts every process (run.OsLauncher); sh redirects stdin, since a reader's is /dev/null.
     */
    private static int sttyRows() {
        if (!new File("/dev/tty").canRead()) {
            return 0;
        }
        LaunchSpec spec = new LaunchSpec(List.of("sh", "-c", "stty size </dev/tty"), Path.of("").toAbsolutePath(),
                System.getenv(), List.of(), LaunchSpec.Io.READ_OUT);
        try {
            Process stty = OsLauncher.INSTANCE.start(spec);
            String answer = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (!stty.waitFor(1, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                stty.destroyForcibly();
                return 0;
            }
            return Integer.parseInt(answer.split(" ")[0]);
        } catch (IOException | NumberFormatException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
