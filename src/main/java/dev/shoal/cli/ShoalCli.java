package dev.shoal.cli;

import dev.shoal.ShoalException;
import dev.shoal.config.CommandCatalog;
import dev.shoal.config.CommandDefinition;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Builds the command line and runs one invocation: the testable entry point behind {@code main}. */
public final class ShoalCli {
    private ShoalCli() {
    }

    public static int run(Session session, String... args) {
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
        CompletionRefresh.afterRun(session);
        return code;
    }

    /**
     * Every command, those from commands.yml included: the whole model, for help and completion, and
     * for the man pages the build writes from it (src/build/ManPages.java).
     */
    public static CommandLine commandLine(Session session) {
        return commandLine(session, CatalogNeed.ALL);
    }

    /** The commands these arguments can reach. */
    static CommandLine commandLine(Session session, String... args) {
        return commandLine(session, CatalogNeed.of(builtInNames(), args));
    }

    private static CommandLine commandLine(Session session, CatalogNeed need) {
        CommandFactory factory = new CommandFactory(session);
        CommandLine commandLine = new CommandLine(new ShoalCommand(session), factory);
        if (need.read()) {
            List<CommandDefinition> definitions = CommandCatalog.load(session.home(), commandLine.getSubcommands().keySet());
            Set<String> names = definitions.stream().map(CommandDefinition::name).collect(Collectors.toSet());
            for (CommandDefinition definition : definitions) {
                if (need.wants(definition.name(), names)) {
                    commandLine.addSubcommand(definition.name(), DelegatedCommand.commandLine(session, definition, factory));
                }
            }
        }
        stopAtFirstWord(commandLine);
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

    /** The names of shoal's own commands, from the annotation, without building any of them. */
    private static Set<String> builtInNames() {
        return Stream.of(ShoalCommand.class.getAnnotation(CommandLine.Command.class).subcommands())
                .map(type -> type.getAnnotation(CommandLine.Command.class).name())
                .collect(Collectors.toSet());
    }

    private static void stopAtFirstWord(CommandLine command) {
        if (command.getCommand() instanceof StopsAtFirstWord) {
            command.setStopAtPositional(true);
        }
        command.getSubcommands().values().forEach(ShoalCli::stopAtFirstWord);
    }
}
