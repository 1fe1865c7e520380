package dev.shoal.cli;

import dev.shoal.ShoalException;
import dev.shoal.config.CommandCatalog;
import dev.shoal.config.CommandDefinition;
import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;

/** Builds the command line and runs one invocation: the testable entry point behind {@code main}. */
public final class ShoalCli {
    private ShoalCli() {
    }

    public static int run(Session session, String... args) {
        CommandLine commandLine;
        try {
            commandLine = commandLine(session);
        } catch (ShoalException e) {
            // A broken commands.yml: every command says where, since any of them may be one of its.
            session.warn(e.getMessage());
            session.err().flush();
            return e.exitCode();
        }
        int code = commandLine.execute(args);
        session.out().flush();
        session.err().flush();
        return code;
    }

    static CommandLine commandLine(Session session) {
        CommandFactory factory = new CommandFactory(session);
        CommandLine commandLine = new CommandLine(new ShoalCommand(session), factory);
        Set<String> builtIns = Set.copyOf(commandLine.getSubcommands().keySet());
        for (CommandDefinition definition : CommandCatalog.load(session.home(), builtIns)) {
            commandLine.addSubcommand(definition.name(), DelegatedCommand.commandLine(session, definition, factory));
        }
        stopAtFirstWord(commandLine);
        ErrorReporter errors = new ErrorReporter(session);
        commandLine.setOut(new PrintWriter(session.out(), true));
        commandLine.setErr(new PrintWriter(session.err(), true));
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    private static void stopAtFirstWord(CommandLine command) {
        if (command.getCommand() instanceof StopsAtFirstWord) {
            command.setStopAtPositional(true);
        }
        command.getSubcommands().values().forEach(ShoalCli::stopAtFirstWord);
    }
}
