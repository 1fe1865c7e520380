package dev.shoal.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "shell", mixinStandardHelpOptions = true,
        customSynopsis = "shoal shell [OPTIONS] [TARGET... --] COMMAND...",
        description = {"Run any command in each repo's folder.",
                "One word is a script for sh -c (pipes, &&, $VARS work); several words run as they are.",
                "With --, the words before it are repos or groups; without it, all words are the command",
                "(which then may not start with a repo or group name). Examples:",
                "  shoal shell 'git log -1 --format=%s | tr a-z A-Z'",
                "  shoal shell api web -- make test"})
final class ShellCommand extends FreeCommand {
    @Parameters(paramLabel = "WORD", arity = "1..*", description = "Targets, --, then the command.")
    List<String> words = new ArrayList<>();

    ShellCommand(Session session) {
        super(session);
    }

    @Override
    List<String> words() {
        return words;
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
