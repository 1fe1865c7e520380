package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.registry.ContextResolver;
import dev.shoal.registry.Group;
import dev.shoal.registry.Registry;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "context", mixinStandardHelpOptions = true,
        description = "Show or set the context: the group that commands act on when no repos are named. 'auto' picks "
                + "the group whose path holds the working directory (deepest first); 'none' acts on every repo.")
final class ContextCommand extends SessionCommand {
    static final String NONE = "none";

    @Parameters(paramLabel = "GROUP|auto|none", arity = "0..1")
    String choice;

    ContextCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        if (choice == null) {
            session.out().println(describe(session.registry()));
            return ExitCode.OK;
        }
        Optional<String> context = choice.equals(NONE) ? Optional.empty() : Optional.of(choice);
        Registry updated = session.registryStore().update(registry -> {
            registry.setContext(context);
            return registry;
        });
        session.out().println(describe(updated));
        return ExitCode.OK;
    }

    private String describe(Registry registry) {
        Optional<String> context = registry.context();
        if (context.isEmpty()) {
            return "context: none (commands act on every repo)";
        }
        if (!context.get().equals(ContextResolver.AUTO)) {
            return "context: " + context.get();
        }
        return ContextResolver.activeGroup(registry, session.cwd())
                .map(Group::name)
                .map(g -> "context: auto (here: " + g + ")")
                .orElse("context: auto (here: no group's path holds " + session.cwd() + ", so every repo)");
    }
}
