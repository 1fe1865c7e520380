package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.registry.Repo;
import dev.shoal.run.ShellWords;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "ls", mixinStandardHelpOptions = true,
        description = "List the repos that have git flags, with their flags.")
final class FlagsLsCommand extends SessionCommand {
    FlagsLsCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<Repo> withFlags = session.registry().repos().stream().filter(r -> !r.flags().isEmpty()).toList();
        withFlags.forEach(r -> session.out().println(r.name() + ": " + ShellWords.join(r.flags())));
        if (withFlags.isEmpty()) {
            session.err().println("no repo has flags (set some with: shoal flags set REPO FLAG...)");
        }
        return ExitCode.OK;
    }
}
