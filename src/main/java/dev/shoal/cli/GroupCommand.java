package dev.shoal.cli;

import picocli.CommandLine.Command;

@Command(name = "group", mixinStandardHelpOptions = true,
        description = "Manage groups of repos. A group name works wherever a repo name does.",
        subcommands = {
                GroupAddCommand.class,
                GroupRmRepoCommand.class,
                GroupRmCommand.class,
                GroupRenameCommand.class,
                GroupLsCommand.class,
                GroupLlCommand.class,
        })
final class GroupCommand extends SessionCommand {
    GroupCommand(Session session) {
        super(session);
    }

    /** Plain {@code shoal group} lists the groups with their repos, as {@code group ll} does. */
    @Override
    public Integer call() {
        return new GroupLlCommand(session).call();
    }
}
