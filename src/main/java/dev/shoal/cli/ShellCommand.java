package dev.shoal.cli;

import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "shell", mixinStandardHelpOptions = true,
        customSynopsis = "shoal shell [OPTIONS] [TARGET... --] COMMAND...",
        description = {"Run any command in each repo's folder. One word is a script for sh -c (pipes, &&, $VARS work); "
                + "several words run as they are.", "", FreeCommand.RULE, "", "Examples:",
                "  shoal shell 'git log -1 --format=%%s | tr a-z A-Z'",
                "  shoal shell api web -- make test"})
final class ShellCommand extends FreeCommand {
    ShellCommand(Session session) {
        super(session);
    }

    @Override
    List<String> argv(List<String> command) {
        return command.size() == 1 ? List.of("sh", "-c", command.getFirst()) : command;
    }

    @Override
    boolean git() {
        return false;
    }
}
