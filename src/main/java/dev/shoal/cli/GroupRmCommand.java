package dev.shoal.cli;

import dev.shoal.ExitCode;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rm", mixinStandardHelpOptions = true,
        description = "Delete groups (their repos stay registered). Deleting the context group clears the context.")
final class GroupRmCommand extends SessionCommand {
    @Parameters(paramLabel = "GROUP", arity = "1..*")
    List<String> groups;

    GroupRmCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        boolean contextCleared = session.registryStore().update(registry -> {
            groups.forEach(registry::requireGroup);
            Optional<String> before = registry.context();
            groups.stream().distinct().forEach(registry::removeGroup);
            return before.isPresent() && registry.context().isEmpty();
        });
        groups.stream().distinct().forEach(g -> session.out().println("deleted group " + g));
        if (contextCleared) {
            session.out().println("context cleared (it was a deleted group)");
        }
        return ExitCode.OK;
    }
}
