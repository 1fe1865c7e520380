package dev.shoal.cli;

import dev.shoal.ui.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/**
 * How usage help is laid out for this session: as wide as the terminal (80 columns into a pipe) and in
 * color only when the session's color choice says so. Applied just before help is printed, because
 * picocli's own automatic width starts an {@code stty} process and its automatic color asks for the
 * system console, both costly on every start; asking the {@link Session} instead costs only when
 * help is actually shown, and respects {@code --color} and NO_COLOR.
 */
final class UsageHelp {
    private static final int PIPE_WIDTH = 80;
    /** picocli refuses narrower usage help. */
    private static final int MIN_WIDTH = 55;

    private UsageHelp() {
    }

    /** Lays out the help of {@code commandLine} and all its subcommands for {@code session}. */
    static void applyTo(CommandLine commandLine, Session session) {
        Terminal terminal = session.terminal();
        commandLine.setUsageHelpAutoWidth(false);
        commandLine.setUsageHelpWidth(terminal.stdoutIsTerminal() ? Math.max(MIN_WIDTH, terminal.width()) : PIPE_WIDTH);
        commandLine.setColorScheme(Help.defaultColorScheme(session.colors() ? Help.Ansi.ON : Help.Ansi.OFF));
    }

    /** Whether this parse asks some command for its usage help ({@code --help} anywhere in the chain). */
    static boolean requested(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.isUsageHelpRequested()) {
                return true;
            }
        }
        return false;
    }
}
