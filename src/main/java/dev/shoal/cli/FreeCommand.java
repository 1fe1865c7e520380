package dev.shoal.cli;

import dev.shoal.ShoalException;
import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import dev.shoal.registry.TargetSelector;
import dev.shoal.run.ShellWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code super} and {@code shell} share: {@code [TARGET...] -- COMMAND...}, or gita's {@code TARGET... COMMAND...}.
 * The rule that keeps a target from ever swallowing the command (or the reverse): with {@code --}, every word
 * before it is shoal's (repos, groups, shoal's options, in any order) and every word after it the command's;
 * without it, the leading words that are repos or groups are the targets and the command starts at the first
 * word that is not, unless one of those names is also a command of its own (a git command or alias for super,
 * a program for shell): which one was meant cannot be told, so shoal asks for the {@code --}.
 */
abstract class FreeCommand extends SessionCommand implements StopsAtFirstWord, RunsInRepos {
    /** The rule, in each one's help. */
    static final String RULE = "Before --: the repos or groups to run in, and shoal's options, in any order (no repo: the "
            + "context group, else all). After --: the command.";
    /** The rest of the rule, ended by what a name may not also be (see {@link #commandKind}). */
    static final String GITA_FORM = "Without --, leading repo or group names are the targets and the command starts "
            + "at the first other word (gita's form); shoal's options then come first. A name that is also ";

    @Mixin
    RunOptions options;

    @Mixin
    OnlyOption only;

    @Spec
    CommandSpec spec;

    FreeCommand(Session session) {
        super(session);
    }

    /**
     * The words after shoal's options: targets, {@code --}, the command. Each command declares them, labelled
     * with what they are (TARGET, then GIT-ARG or CMD) for help and completion.
     */
    abstract List<String> words();

    /** The argv to run in each repo for the command words. */
    abstract List<String> argv(List<String> command);

    /** Whether that argv is git's own, to get each repo's flags. */
    abstract boolean git();

    /** Whether a word names a command of its own, so that as a leading word it could be the command. */
    abstract boolean isCommand(String word);

    /** What {@link #isCommand} looks for, as said in messages: "a git command or alias". */
    abstract String commandKind();

    @Override
    public Integer call() {
        TargetsAndCommand split = TargetsAndCommand.of(words(), spec.commandLine().getParseResult().originalArgs());
        Registry registry = session.registry();
        String name = spec.name();
        TargetsAndCommand parts = split.dashDash() ? split : leadingTargets(registry, split.targets(), name);
        List<String> command = parts.command();
        if (command.isEmpty()) {
            throw ShoalException.usage(name + ": no command given; say shoal " + name + " [TARGET...] -- COMMAND...");
        }
        List<Repo> repos = only.filter(session, TargetSelector.select(registry, parts.targets(), session.cwd()));
        if (git()) {
            repos = BareSkip.forCommand(session, repos, argv(command));
        }
        RepoRun run = new RepoRun(session, options);
        List<String> trailing = new ArrayList<>(List.of("--"));
        trailing.addAll(command);
        return run.run(repos, new RepoRun.Command(argv(command), git(), Optional.empty(), false),
                run.rerun(spec, trailing));
    }

    /** gita's form: the leading repo and group names are the targets, the rest the command. */
    private TargetsAndCommand leadingTargets(Registry registry, List<String> words, String name) {
        int count = 0;
        while (count < words.size() && registry.nameTaken(words.get(count))) {
            count++;
        }
        List<String> targets = words.subList(0, count);
        List<String> command = words.subList(count, words.size());
        for (String target : targets) {
            if (isCommand(target)) {
                // Quoted as typed: 'ls | wc -l' given back bare would pipe shoal's own output into wc.
                List<String> runIt = new ArrayList<>(List.of("shoal", name, "--"));
                runIt.addAll(words);
                throw ShoalException.usage(name + ": '" + target + "' is a repo or group and also " + commandKind()
                        + "; say which with --: shoal " + name + " " + ShellWords.quote(target) + " -- COMMAND... runs in it, "
                        + ShellWords.join(runIt) + " runs it");
            }
        }
        return new TargetsAndCommand(List.copyOf(targets), List.copyOf(command), false);
    }
}
