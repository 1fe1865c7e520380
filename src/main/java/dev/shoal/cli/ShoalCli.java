package dev.shoal.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help;

/** Builds the command line and runs one invocation: the testable entry point behind {@code main}. */
public final class ShoalCli {
    private ShoalCli() {
    }

    public static int run(Session session, String... args) {
        CommandLine commandLine = commandLine(session);
        int code = commandLine.execute(args);
        session.out().flush();
        session.err().flush();
        CompletionRefresh.afterRun(session, commandLine);
        return code;
    }

    static CommandLine commandLine(Session session) {
        CommandLine commandLine = new CommandLine(new ShoalCommand(session), new CommandFactory(session));
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
}
