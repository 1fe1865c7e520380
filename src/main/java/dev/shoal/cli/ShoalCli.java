package dev.shoal.cli;

import dev.shoal.ShoalException;
import dev.shoal.config.CommandCatalog;
import dev.shoal.config.CommandDefinition;
import dev.shoal.run.OsLauncher;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Builds the command line and runs one invocation: the testable entry point behind {@code main}. */
public final class ShoalCli {
    private ShoalCli() {
    }

    public static int run(Session session, String... args) {
        return run(session, true, args);
    }

    /**
     * {@code wholeModelIndex}: whether a stale completion index is remade from the whole model, as a user's
     * run does, or from the run's own command line, as the training's runs do, or every family's cache
     * would hold every command's classes (TrainCommand). A flag, not a function: a lambda made here was
     * made anew at each start of the families whose training does not come this way.
     */
    static int run(Session session, boolean wholeModelIndex, String... args) {
        if (CommandsNeeded.runInRepos(args)) {
            OsLauncher.linkAhead();
        }
        CommandLine commandLine;
        try {
            commandLine = commandLine(session, args);
        } catch (ShoalException e) {
            // A broken commands.yml: said where, for the commands that need it.
            session.warn(e.getMessage());
            session.err().flush();
            return e.exitCode();
        }
        int code = commandLine.execute(args);
        session.out().flush();
        session.err().flush();
        if (!training(commandLine)) {
            CompletionRefresh.afterRun(session, commandLine, wholeModelIndex);
        }
        return code;
    }

    /**
     * Whether the run was a training of the start-up caches, whose config home is thrown away: remaking its
     * index there would put every command's classes, and the native spawner's that listing git's commands
     * links, into the cache of the starts that build no command (TrainCommand trains the rewrite itself).
     */
    private static boolean training(CommandLine commandLine) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        return parsed != null && parsed.hasSubcommand() && parsed.subcommand().commandSpec().userObject() instanceof TrainCommand;
    }

    /**
     * Every command, those from commands.yml included: the whole model, for help and completion, and
     * for the man pages the build writes from it (src/build/ManPages.java).
     */
    public static CommandLine commandLine(Session session) {
        return commandLine(session, CommandsNeeded.ALL, false, true);
    }

    /** The whole model as picocli reads it from the annotations: what the build writes SpecFile's file from. */
    public static CommandLine commandLineFromAnnotations(Session session) {
        return commandLine(session, CommandsNeeded.ALL, false, false);
    }

    /** The commands these arguments can reach. */
    static CommandLine commandLine(Session session, String... args) {
        return commandLine(session, CommandsNeeded.of(args), List.of(args).contains("--"), true);
    }

    /**
     * {@code dashDash}: the arguments hold a {@code --}, so super's and shell's words before it are all shoal's.
     * {@code fromFile}: the commands are built from the build's {@link SpecFile}, not from their annotations.
     */
    private static CommandLine commandLine(Session session, CommandsNeeded needed, boolean dashDash, boolean fromFile) {
        PicocliSettings.apply();
        CommandFactory factory = new CommandFactory(session);
        SpecFile specs = fromFile ? SpecFile.load(factory) : SpecFile.none(factory);
        CommandLine commandLine = new CommandLine(specs.spec(new ShoalCommand(session)), factory);
        if (needed.builtIn()) {
            commandLine.addSubcommand(specs.commandLine(BuiltInCommands.type(needed.named())));
        } else if (needed.catalog()) {
            List<CommandDefinition> definitions = CommandCatalog.load(session.home(), builtInNames());
            // A word that names no command gets every command, for picocli's suggestions.
            boolean every = needed.all() || definitions.stream().noneMatch(definition -> definition.name().equals(needed.named()));
            if (every) {
                BuiltInCommands.NAMES.forEach(name -> commandLine.addSubcommand(specs.commandLine(BuiltInCommands.type(name))));
            }
            for (CommandDefinition definition : definitions) {
                if (every || definition.name().equals(needed.named())) {
                    commandLine.addSubcommand(definition.name(), DelegatedCommand.commandLine(session, definition, specs));
                }
            }
        }
        stopAtFirstWord(commandLine, dashDash);
        ErrorReporter errors = new ErrorReporter(session);
        commandLine.setOut(new PrintWriter(session.out(), true));
        commandLine.setErr(new PrintWriter(session.err(), true));
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // Plain text unless usage help says otherwise (UsageHelp), so --version never probes the console.
        commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        commandLine.setExecutionStrategy(parseResult -> {
            if (UsageHelp.requested(parseResult)) {
                UsageHelp.applyTo(commandLine, session);
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        return commandLine;
    }

    /** The names of shoal's own commands, without building any of them. */
    public static Set<String> builtInNames() {
        return Set.copyOf(BuiltInCommands.NAMES);
    }

    private static void stopAtFirstWord(CommandLine command, boolean dashDash) {
        if (command.getCommand() instanceof StopsAtFirstWord && !(dashDash && command.getCommand() instanceof FreeCommand)) {
            command.setStopAtPositional(true);
        }
        command.getSubcommands().values().forEach(sub -> stopAtFirstWord(sub, dashDash));
    }
}
