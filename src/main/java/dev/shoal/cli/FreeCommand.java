package dev.shoal.cli;

import dev.shoal.ShoalException;
import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import dev.shoal.registry.TargetSelector;
import dev.shoal.run.RerunCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code super} and {@code shell} share: {@code [TARGET...] -- COMMAND...}. The rule that keeps a
 * target from ever swallowing the command (or the reverse): with {@code --}, the words before it are
 * targets and must all be known repos or groups; without it, every word is the command, and it may not
 * start with a repo or group name, since that is almost surely a forgotten {@code --}.
 */
abstract class FreeCommand extends SessionCommand implements StopsAtFirstWord {
    /** The rule, in each one's help. */
    static final String RULE = "Before --: the repos or groups to run in (none: the context group, else all).";
    static final String RULE_CONTINUED = "After --: the command. Without --, all words are the command, and it may not "
            + "start with a repo or group name (that is a forgotten --). shoal's options come first.";

    @Mixin
    RunOptions options;

    @Mixin
    OnlyOption only;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "WORD", arity = "1..*", description = "Targets, --, then the command.")
    List<String> words = new ArrayList<>();

    FreeCommand(Session session) {
        super(session);
    }

    /** The argv to run in each repo for the command words. */
    abstract List<String> argv(List<String> command);

    /** Whether that argv is git's own, to get each repo's flags. */
    abstract boolean git();

    @Override
    public Integer call() {
        TargetsAndCommand split = TargetsAndCommand.of(words, spec.commandLine().getParseResult().originalArgs());
        List<String> command = split.dashDash() ? split.command() : split.targets();
        String name = spec.name();
        if (command.isEmpty()) {
            throw ShoalException.usage(name + ": no command given; say shoal " + name + " [TARGET...] -- COMMAND...");
        }
        Registry registry = session.registry();
        if (!split.dashDash() && registry.nameTaken(command.getFirst())) {
            throw ShoalException.usage(name + ": '" + command.getFirst() + "' is a repo or group; to run in it, put -- before the command: shoal "
                    + name + " " + command.getFirst() + " -- " + String.join(" ", command.subList(1, command.size())));
        }
        List<String> targets = split.dashDash() ? split.targets() : List.of();
        targets.stream().filter(t -> t.startsWith("-")).findFirst().ifPresent(option -> {
            throw ShoalException.usage(name + ": '" + option + "' is not a repo or group: shoal's options go before the first repo or command word");
        });
        List<Repo> repos = only.filter(session, TargetSelector.select(registry, targets, session.cwd()));
        RepoRun run = new RepoRun(session, options);
        List<String> trailing = new ArrayList<>(List.of("--"));
        trailing.addAll(command);
        return run.run(repos, new RepoRun.Command(argv(command), git(), Optional.empty(), false),
                new RerunCommand(run.rerunPrefix(name), trailing));
    }
}
