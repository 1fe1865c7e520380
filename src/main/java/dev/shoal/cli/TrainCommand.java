package dev.shoal.cli;

import dev.shoal.ExitCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The launcher's training run for the JDK's ahead-of-time cache: runs typical command lines
 * in-process against a throwaway config home, so the classes they load are cached for later starts.
 * Besides the lines below it shows the help of every command, so each command's options and their
 * converters are in the cache without a line of their own; add a line when a command does real work.
 */
@Command(name = "__train", hidden = true)
final class TrainCommand extends SessionCommand {
    private static final List<List<String>> COMMAND_LINES = List.of(
            List.of("--help"),
            List.of("--version"),
            List.of("add", "repo"),
            List.of("ls"),
            List.of("freeze", "repo"),
            List.of("group", "add", "repo", "-n", "g"),
            List.of("group", "ll"),
            List.of("context"),
            List.of("st", "--order", "name"),
            List.of("fetch"),
            List.of("ll"),
            List.of("ll", "--json", "--only", "clean"),
            List.of("info"),
            List.of("color"),
            List.of("sync", "repo"),
            List.of("completion", "bash"),
            List.of("rm", "repo"));

    TrainCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws IOException {
        Path work = Files.createTempDirectory("shoal-train");
        Path gitDir = work.resolve("repo/.git");
        Files.createDirectories(gitDir.resolve("objects"));
        Files.createDirectories(gitDir.resolve("refs"));
        Files.writeString(gitDir.resolve("HEAD"), "ref: refs/heads/main\n");
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        java.util.Map<String, String> env = new java.util.HashMap<>(session.env());
        env.put("SHOAL_HOME", work.resolve("home").toString());
        Session training = new Session(env, work, session.in(), sink, sink, session::terminal);
        try {
            for (List<String> args : COMMAND_LINES) {
                ShoalCli.run(training, args.toArray(String[]::new));
            }
            showEveryHelp(training, ShoalCli.commandLine(training), new ArrayList<>());
        } finally {
            deleteTree(work);
        }
        return ExitCode.OK;
    }

    /** Each training runs once per build; its throwaway world must not pile up in the temp folder. */
    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void showEveryHelp(Session training, CommandLine command, List<String> path) {
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().usageMessage().hidden()) {
                return;
            }
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            List<String> args = new ArrayList<>(subPath);
            args.add("--help");
            ShoalCli.run(training, args.toArray(String[]::new));
            showEveryHelp(training, sub, subPath);
        });
    }
}
