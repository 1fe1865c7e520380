package dev.shoal.cli;

import dev.shoal.ExitCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * The launcher's training run for the JDK's ahead-of-time cache: runs typical command lines
 * in-process against a throwaway config home, so the classes they load are cached for later starts.
 */
@Command(name = "__train", hidden = true)
final class TrainCommand extends SessionCommand {
    private static final List<List<String>> COMMAND_LINES = List.of(
            List.of("--help"),
            List.of("--version"),
            List.of("add", "repo"),
            List.of("ls"),
            List.of("group", "add", "repo", "-n", "g"),
            List.of("group", "ll"),
            List.of("context"),
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
        for (List<String> args : COMMAND_LINES) {
            ShoalCli.run(training, args.toArray(String[]::new));
        }
        return ExitCode.OK;
    }
}
