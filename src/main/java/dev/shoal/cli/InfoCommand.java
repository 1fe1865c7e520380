package dev.shoal.cli;

import picocli.CommandLine.Command;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Choose and order the columns 'shoal ll' shows after each repo's name.",
        subcommands = {
                InfoLsCommand.class,
                InfoAddCommand.class,
                InfoRmCommand.class,
        })
final class InfoCommand extends SessionCommand {
    InfoCommand(Session session) {
        super(session);
    }

    /** Plain {@code shoal info} lists the columns, as {@code info ls} does. */
    @Override
    public Integer call() {
        return new InfoLsCommand(session).call();
    }
}
