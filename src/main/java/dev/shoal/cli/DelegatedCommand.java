package dev.shoal.cli;

import dev.shoal.ShoalException;
import dev.shoal.completion.RunsGit;
import dev.shoal.config.CommandDefinition;
import dev.shoal.git.GitArgs;
import dev.shoal.registry.Repo;
import dev.shoal.registry.TargetSelector;
import dev.shoal.run.ShellWords;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * A command from commands.yml ({@code shoal st}, {@code shoal fetch}, the user's own), registered under
 * its name: {@code shoal NAME [TARGET...] [-- ARG...]}, the ARGs added to its command.
 */
@Command(mixinStandardHelpOptions = true)
final class DelegatedCommand extends SessionCommand implements RunsGit {
    private final CommandDefinition definition;

    @Mixin
    RunOptions options;

    @Mixin
    OnlyOption only;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = "Repos or groups; then, after --, arguments added to the command.")
    List<String> words = new ArrayList<>();

    DelegatedCommand(Session session, CommandDefinition definition) {
        super(session);
        this.definition = definition;
    }

    /** The picocli command for a definition, with its help. */
    static CommandLine commandLine(Session session, CommandDefinition definition, SpecFile specs) {
        CommandSpec spec = specs.spec(new DelegatedCommand(session, definition));
        spec.name(definition.name());
        List<String> description = new ArrayList<>(List.of(capitalized(definition.help()) + ".", "Runs: " + shown(definition)));
        description.add(definition.allowAll()
                ? "Naming no repo means the context group, else every repo."
                : "Name the repos or groups to run it in.");
        if (definition.interactive()) {
            description.add("On a terminal, runs in one repo at a time with the terminal attached.");
        }
        // picocli reads help text as format strings: a % from commands.yml must stay a %.
        spec.usageMessage().description(description.stream().map(line -> line.replace("%", "%%")).toArray(String[]::new));
        spec.usageMessage().customSynopsis("shoal " + definition.name() + " [OPTIONS] " + (definition.allowAll() ? "[TARGET...]" : "TARGET...")
                + " [-- " + (GitArgs.isGit(definition.cmd()) && !definition.shell() ? "GIT-ARG" : "ARG") + "...]");
        return specs.commandLine(spec);
    }

    /**
     * git and the command's words from its subcommand on. git's own options before the subcommand (-c, -C,
     * --git-dir) change nothing that completion offers, and fish's git completion evaluates them as code.
     */
    @Override
    public List<String> gitCommandLine() {
        List<String> cmd = definition.cmd();
        if (definition.shell() || !GitArgs.isGit(cmd)) {
            return List.of();
        }
        return GitArgs.subcommandIndex(cmd).map(at -> Stream.concat(Stream.of("git"), cmd.subList(at, cmd.size()).stream()).toList())
                .orElse(List.of());
    }

    @Override
    public Integer call() {
        TargetsAndCommand split = TargetsAndCommand.of(words, spec.commandLine().getParseResult().originalArgs());
        if (split.targets().isEmpty() && !definition.allowAll()) {
            throw ShoalException.usage(definition.name() + " needs the repos or groups to run in, by name: shoal "
                    + definition.name() + " REPO...");
        }
        List<Repo> repos = only.filter(session, TargetSelector.select(session.registry(), split.targets(), session.cwd()));
        List<String> argv = new ArrayList<>(definition.shell()
                ? List.of("sh", "-c", definition.cmd().getFirst(), definition.name())
                : definition.cmd());
        argv.addAll(split.command());
        repos = BareSkip.forCommand(session, repos, argv);
        List<String> trailing = split.command().isEmpty() ? List.of() : new ArrayList<>(List.of("--"));
        if (!trailing.isEmpty()) {
            trailing.addAll(split.command());
        }
        RepoRun run = new RepoRun(session, options);
        return run.run(repos, new RepoRun.Command(argv, !definition.shell() && GitArgs.isGit(argv), definition.timeout(), definition.interactive()),
                run.rerun(spec, trailing));
    }

    private static String shown(CommandDefinition definition) {
        return definition.shell() ? "sh -c " + ShellWords.quote(definition.cmd().getFirst()) : ShellWords.join(definition.cmd());
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
