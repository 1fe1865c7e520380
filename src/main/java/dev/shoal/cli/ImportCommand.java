package dev.shoal.cli;

import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Bring in another tool's setup: 'shoal import gita' takes gita's repos, groups, context, flags, columns, colors and commands.",
        subcommands = ImportGitaCommand.class)
final class ImportCommand extends SessionCommand {
    ImportCommand(Session session) {
        super(session);
    }

    /** Plain {@code shoal import} says what it can import. */
    @Override
    public Integer call() {
        throw dev.shoal.ShoalException.usage("import what? say shoal import gita [CONFIG_DIR]");
    }
}
