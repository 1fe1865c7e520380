package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import dev.shoal.registry.Group;
import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "clear", mixinStandardHelpOptions = true,
        description = "Unregister every repo and group and drop the context. No files are touched.")
final class ClearCommand extends SessionCommand {
    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    ClearCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() throws IOException {
        Registry current = session.registry();
        if (!yes && !confirmed(current)) {
            session.err().println("nothing cleared");
            return ExitCode.OK;
        }
        int repos = session.registryStore().update(registry -> {
            int count = registry.repos().size();
            List.copyOf(registry.groups()).stream().map(Group::name).forEach(registry::removeGroup);
            List.copyOf(registry.repos()).stream().map(Repo::name).forEach(registry::removeRepo);
            registry.setContext(Optional.empty());
            return count;
        });
        session.out().println("cleared " + repos + " repo" + (repos == 1 ? "" : "s"));
        return ExitCode.OK;
    }

    private boolean confirmed(Registry registry) throws IOException {
        if (!session.terminal().stdinIsTerminal()) {
            throw ShoalException.usage("clear asks for confirmation on a terminal; pass -y to clear without asking");
        }
        session.err().print("Unregister all " + registry.repos().size() + " repos and " + registry.groups().size()
                + " groups? Files are not touched. [y/N] ");
        session.err().flush();
        String answer = new BufferedReader(new InputStreamReader(session.in(), StandardCharsets.UTF_8)).readLine();
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }
}
