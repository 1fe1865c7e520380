package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import dev.shoal.registry.Group;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rmrepo", mixinStandardHelpOptions = true, description = "Take repos out of a group.")
final class GroupRmRepoCommand extends SessionCommand {
    @Parameters(paramLabel = "REPO", arity = "1..*")
    List<String> repos;

    @Option(names = {"-n", "--name"}, required = true, paramLabel = "GROUP", description = "The group.")
    String name;

    GroupRmRepoCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        int left = session.registryStore().update(registry -> {
            Group group = registry.requireGroup(name);
            for (String repo : repos) {
                if (!group.members().contains(repo)) {
                    throw ShoalException.usage("'" + repo + "' is not in group " + name);
                }
            }
            List<String> kept = group.members().stream().filter(m -> !repos.contains(m)).toList();
            registry.putGroup(group.withMembers(kept));
            return kept.size();
        });
        session.out().println("group " + name + ": " + left + " repo" + (left == 1 ? "" : "s") + " left");
        return ExitCode.OK;
    }
}
