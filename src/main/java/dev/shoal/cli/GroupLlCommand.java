package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.registry.Group;
import dev.shoal.registry.Registry;
import dev.shoal.ui.Style;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "ll", mixinStandardHelpOptions = true,
        description = "List groups with their path and repos: NAME (PATH): REPO...")
final class GroupLlCommand extends SessionCommand {
    @Parameters(paramLabel = "GROUP", arity = "0..*", description = "Only these groups.")
    List<String> only = new ArrayList<>();

    GroupLlCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        Registry registry = session.registry();
        List<Group> groups = only.isEmpty() ? List.copyOf(registry.groups()) : only.stream().map(registry::requireGroup).toList();
        Style style = session.style();
        String context = registry.context().orElse("");
        for (Group group : groups) {
            String name = group.name().equals(context) ? style.bold(group.name()) + " (context)" : style.bold(group.name());
            String path = group.path().map(p -> " (" + p + ")").orElse("");
            session.out().println(name + path + ": " + String.join(" ", group.members()));
        }
        return ExitCode.OK;
    }
}
