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
        summarize(commandLine);
    }

    /**
     * Gives each subcommand its first sentence as the line {@code shoal --help} lists it with. picocli lists
     * a command by its header, else the first line of its description: a paragraph's first line stops
     * mid-sentence wherever it wraps. The header serves only that list; a command's own help starts with
     * its usage and whole description, so the header section is left out there.
     */
    private static void summarize(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            CommandLine.Model.UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            if (usage.header().length == 0 && usage.description().length > 0) {
                usage.header(firstSentence(usage.description()[0]));
                sub.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER, help -> "");
            }
            summarize(sub);
        }
    }

    /** Up to the first full stop followed by a space (so {@code .repos} or {@code 1.5} do not end it), else all. */
    static String firstSentence(String text) {
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            if (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                return text.substring(0, i + 1);
            }
        }
        return text;
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
