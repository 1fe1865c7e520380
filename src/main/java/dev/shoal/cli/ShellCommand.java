package dev.shoal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "shell", mixinStandardHelpOptions = true,
        customSynopsis = {"shoal shell [OPTIONS] [TARGET...] -- COMMAND...", "shoal shell [OPTIONS] [TARGET...] COMMAND..."},
        description = {"Run any command in each repo's folder.",
                "One word is a script for sh -c (pipes, &&, $VARS work); several words run as they are.",
                FreeCommand.RULE, FreeCommand.GITA_FORM + "a program on PATH needs the --.", "", "Examples:",
                "  shoal shell 'git log -1 --format=%%s | tr a-z A-Z'",
                "  shoal shell api web -- make test",
                "  shoal shell api make test                   gita's form: api is a repo, make is not"})
final class ShellCommand extends FreeCommand {
    @Parameters(paramLabel = "TARGET|CMD", arity = "1..*", description = "Repos or groups, --, then the command.")
    List<String> words = new ArrayList<>();

    ShellCommand(Session session) {
        super(session);
    }

    @Override
    List<String> argv(List<String> command) {
        return command.size() == 1 ? List.of("sh", "-c", command.getFirst()) : command;
    }

    @Override
    List<String> words() {
        return words;
    }

    @Override
    boolean git() {
        return false;
    }

    /** A program on PATH, as sh would find it. */
    @Override
    boolean isCommand(String word) {
        String path = session.env().getOrDefault("PATH", "");
        return !word.contains("/") && Arrays.stream(path.split(":")).filter(dir -> !dir.isEmpty())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, word)) && !Files.isDirectory(Path.of(dir, word)));
    }

    @Override
    String commandKind() {
        return "a program on PATH";
    }
}
