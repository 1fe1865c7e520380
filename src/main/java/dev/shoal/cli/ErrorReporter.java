package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The exit-code mapper: turns what escapes a command into one line on stderr and the right exit
 * code. Only a real bug shows a stack trace, since that is what a bug report needs.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private final Session session;

    ErrorReporter(Session session) {
        this.session = session;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof ShoalException shoal) {
            session.warn(shoal.getMessage());
            return shoal.exitCode();
        }
        if (e instanceof UncheckedIOException io) {
            // A full disk or a read-only config home: not the user's typing, so not a usage error.
            session.warn(io.getMessage());
            return ExitCode.SOFTWARE;
        }
        if (e instanceof InterruptedException) {
            return ExitCode.INTERRUPTED;
        }
        session.warn("internal error (please report it): " + e);
        e.printStackTrace(session.err());
        return ExitCode.SOFTWARE;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        session.warn(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, session.err());
        session.err().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
        return ExitCode.USAGE;
    }
}
