package dev.shoal;

import dev.shoal.cli.Session;
import dev.shoal.cli.ShoalCli;
import java.io.PrintStream;

/** The process entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs shoal with this process's environment and the given streams; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return ShoalCli.run(Session.ofProcess(out, err), args);
    }
}
