package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shoal.completion.CompletionIndex;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.ui.Terminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The world the completion tests TAB in: repos {@code api}, {@code site}, {@code my lib} and {@code web}
 * registered with shoal (groups {@code work} and {@code backend}), a manifest and a plain file beside
 * them, and each shell's completion script as {@code shoal completion SHELL} prints it.
 */
final class CompletionWorld {
    private static final Map<String, String> SCRIPT_NAMES = Map.of("bash", "shoal", "zsh", "_shoal", "fish", "shoal.fish");

    final Workspace workspace;

    CompletionWorld(Workspace workspace) {
        this.workspace = workspace;
        for (String name : List.of("api", "site", "my lib", "web")) {
            workspace.git().init(workspace.path("repos/" + name));
        }
        shoal("add", "-r", "repos");
        shoal("group", "add", "api", "site", "-n", "work");
        shoal("group", "add", "api", "-n", "backend");
        write("team.yml", "repos: {}\n");
        write("readme.txt", "not a folder\n");
        for (String shell : List.of("bash", "zsh", "fish")) {
            write("scripts/" + shell + "/" + SCRIPT_NAMES.get(shell), shoal("completion", shell).stdout());
        }
    }

    ProcessResult shoal(String... args) {
        ProcessResult result = workspace.shoal(args);
        assertEquals(0, result.exitCode(), String.join(" ", args) + ": " + result.stderr());
        return result;
    }

    /** The script {@code shoal completion SHELL} printed, saved under the file name its shell looks for. */
    Path script(String shell) {
        return workspace.path("scripts/" + shell + "/" + SCRIPT_NAMES.get(shell));
    }

    /**
     * Remakes the index with a command added programmatically, the way shoal adds the user's commands.yml
     * commands: {@code hello} (a user command on targets, with an option of its own).
     */
    void addProgrammaticCommands() {
        Session session = new Session(workspace.env(), workspace.root(), System.in, System.out, System.err,
                () -> Terminal.PIPE);
        CommandLine commandLine = ShoalCli.commandLine(session);
        commandLine.addSubcommand("hello", command("hello", "Say hello in each repo. Then wave.",
                positional("0..*", "TARGET"), OptionSpec.builder("-l", "--loud").description("Shout.").build()));
        CompletionIndex index = CompletionIndex.in(session.home());
        CompletionRefresh.rewrite(session, commandLine, index, index.currentStamp());
    }

    private static CommandSpec command(String name, String help, Object... args) {
        CommandSpec spec = CommandSpec.create().name(name).mixinStandardHelpOptions(true);
        spec.usageMessage().description(help);
        for (Object arg : args) {
            if (arg instanceof OptionSpec option) {
                spec.addOption(option);
            } else {
                spec.addPositional((PositionalParamSpec) arg);
            }
        }
        return spec;
    }

    private static PositionalParamSpec positional(String arity, String label) {
        return PositionalParamSpec.builder().arity(arity).paramLabel(label).type(List.class).auxiliaryTypes(String.class).build();
    }

    private void write(String relative, String content) {
        try {
            Files.createDirectories(workspace.path(relative).getParent());
            Files.writeString(workspace.path(relative), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a shell command line in the world with the given environment additions. */
    ProcessResult run(List<String> command, Map<String, String> extraEnv) {
        Map<String, String> env = new java.util.HashMap<>(workspace.env());
        env.putAll(extraEnv);
        return ProcessResult.run(command, workspace.root(), env);
    }

    /**
     * Candidates as a person reads them: without descriptions (zsh's " -- ", fish's TAB), shell quoting
     * or the slash after a folder; each once, in order.
     */
    static List<String> words(List<String> lines) {
        LinkedHashSet<String> words = new LinkedHashSet<>();
        for (String line : lines) {
            String word = line.split("\t| -- ", 2)[0].replaceAll("\\\\(.)", "$1");
            if (word.length() > 1 && word.endsWith("/")) {
                word = word.substring(0, word.length() - 1);
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }
}
