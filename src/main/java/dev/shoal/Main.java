package dev.shoal;

import dev.shoal.cli.Session;
import dev.shoal.cli.ShoalCli;
import java.io.PrintStream;

/** The process entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(System.out, System.err, args);
        // Returning ends the JVM as System.exit(0) does, shutdown hooks and all, once no thread but daemons
        // is left; System.exit first logs the call, and finding that logger scans the JDK's modules for a
        // backend: 5 to 8 ms of every start (bench/README, "After the output").
        if (code != ExitCode.OK || !onlyDaemonsLeft()) {
            System.exit(code);
        }
    }

    /** Runs shoal with this process's environment and the given streams; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return ShoalCli.run(Session.ofProcess(out, err), args);
    }

    /** Whether every platform thread but this one is a daemon (virtual threads always are). */
    private static boolean onlyDaemonsLeft() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (!threads[i].isDaemon() && threads[i] != Thread.currentThread()) {
                return false;
            }
        }
        return count < threads.length;
    }
}
