package dev.shoal.cli;

import dev.shoal.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", mixinStandardHelpOptions = true,
        description = "Rename a group; a context set to it follows.")
final class GroupRenameCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "GROUP")
    String oldName;

    @Parameters(index = "1", paramLabel = "NEW")
    String newName;

    GroupRenameCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        NewNames.check(newName);
        session.registryStore().update(registry -> {
            registry.renameGroup(oldName, newName);
            return null;
        });
        session.out().println("renamed group " + oldName + " to " + newName);
        return ExitCode.OK;
    }
}
