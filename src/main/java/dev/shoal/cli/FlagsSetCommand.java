package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import dev.shoal.run.ShellWords;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Set a repo's git flags; none clears them. Example:",
                "  shoal flags set api -c core.quotepath=false --no-pager"})
final class FlagsSetCommand extends SessionCommand implements StopsAtFirstWord {
    @Parameters(index = "0", paramLabel = "REPO")
    String repo;

    @Parameters(index = "1..*", paramLabel = "FLAG", description = "git's own options, as after 'git'.")
    List<String> flags = new ArrayList<>();

    FlagsSetCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        if (!flags.isEmpty() && !flags.getFirst().startsWith("-")) {
            throw ShoalException.usage("flags go between git and its command, so they start with '-' (like -c core.quotepath=false); '"
                    + flags.getFirst() + "' does not");
        }
        session.registryStore().update(registry -> {
            registry.replaceRepo(registry.requireRepo(repo).withFlags(flags));
            return null;
        });
        session.out().println(flags.isEmpty() ? repo + ": no flags" : repo + ": git " + ShellWords.join(flags) + " ...");
        return ExitCode.OK;
    }
}
