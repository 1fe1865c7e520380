package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.registry.Group;
import dev.shoal.ui.NameList;
import picocli.CommandLine.Command;

@Command(name = "ls", mixinStandardHelpOptions = true, description = "List group names (one per line when piped).")
final class GroupLsCommand extends SessionCommand {
    GroupLsCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        NameList.print(session.out(), session.registry().groups().stream().map(Group::name).toList(), session.terminal());
        return ExitCode.OK;
    }
}
