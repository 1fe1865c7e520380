package dev.shoal.cli;

import picocli.CommandLine.Command;

@Command(name = "flags", mixinStandardHelpOptions = true,
        description = "Set per-repo git flags, put right after git whenever shoal runs git in that repo (delegated "
                + "commands and super), for example -c core.quotepath=false.",
        subcommands = {FlagsSetCommand.class, FlagsLsCommand.class})
final class FlagsCommand extends SessionCommand {
    FlagsCommand(Session session) {
        super(session);
    }

    /** Plain {@code shoal flags} lists them, as {@code flags ls} does. */
    @Override
    public Integer call() {
        return new FlagsLsCommand(session).call();
    }
}
