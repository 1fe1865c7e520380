package dev.shoal.cli;

import dev.shoal.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", mixinStandardHelpOptions = true,
        description = "Rename a registered repo; the groups it is in follow.")
final class RenameCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "REPO")
    String oldName;

    @Parameters(index = "1", paramLabel = "NEW")
    String newName;

    RenameCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        NewNames.check(newName);
        session.registryStore().update(registry -> {
            registry.renameRepo(oldName, newName);
            return null;
        });
        session.out().println("renamed " + oldName + " to " + newName);
        return ExitCode.OK;
    }
}
