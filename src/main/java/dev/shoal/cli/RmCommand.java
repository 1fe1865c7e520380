package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.registry.Repo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rm", mixinStandardHelpOptions = true,
        description = "Unregister repos. Their files are never touched; they also leave every group.")
final class RmCommand extends SessionCommand {
    @Parameters(paramLabel = "REPO", arity = "1..*", description = "Registered repo names.")
    List<String> names;

    RmCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        // All or nothing: one unknown name leaves the registry as it was.
        List<Repo> removed = session.registryStore().update(registry -> {
            names.forEach(registry::requireRepo);
            return names.stream().distinct().map(registry::removeRepo).toList();
        });
        removed.forEach(r -> session.out().println("removed " + r.name() + " (files left in " + r.path() + ")"));
        return ExitCode.OK;
    }
}
