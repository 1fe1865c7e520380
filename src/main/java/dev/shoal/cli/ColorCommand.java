package dev.shoal.cli;

import picocli.CommandLine.Command;

@Command(name = "color", mixinStandardHelpOptions = true,
        description = "Choose the color of each repo state in 'shoal ll'.",
        subcommands = {
                ColorLsCommand.class,
                ColorSetCommand.class,
                ColorResetCommand.class,
        })
final class ColorCommand extends SessionCommand {
    ColorCommand(Session session) {
        super(session);
    }

    /** Plain {@code shoal color} lists the colors, as {@code color ls} does. */
    @Override
    public Integer call() {
        return new ColorLsCommand(session).call();
    }
}
