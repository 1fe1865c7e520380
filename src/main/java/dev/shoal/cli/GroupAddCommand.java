package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.ShoalException;
import dev.shoal.registry.Group;
import dev.shoal.registry.Repo;
import dev.shoal.registry.TargetSelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Put repos in a group, making it if new. Adding to an existing group keeps its path unless -p "
                + "gives a new one. Naming a group adds all its repos.")
final class GroupAddCommand extends SessionCommand {
    @Parameters(paramLabel = "REPO", arity = "1..*", description = "Repos (or groups, for all their repos).")
    List<String> repos;

    @Option(names = {"-n", "--name"}, required = true, paramLabel = "GROUP", description = "The group.")
    String name;

    @Option(names = {"-p", "--path"}, paramLabel = "PATH",
            description = "The folder the group stands for (used by 'context auto').")
    String path;

    GroupAddCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        NewNames.check(name);
        Optional<Path> newPath = Optional.ofNullable(path).map(this::folder);
        int size = session.registryStore().update(registry -> {
            List<Repo> chosen = TargetSelector.select(registry, repos, session.cwd());
            Optional<Group> existing = registry.group(name);
            LinkedHashSet<String> members = new LinkedHashSet<>(existing.map(Group::members).orElse(List.of()));
            chosen.forEach(r -> members.add(r.name()));
            Group group = existing.orElseGet(() -> new Group(name, List.of(), Optional.empty(), Map.of()))
                    .withMembers(List.copyOf(members));
            registry.putGroup(newPath.isPresent() ? group.withPath(newPath) : group);
            return members.size();
        });
        session.out().println("group " + name + ": " + size + " repo" + (size == 1 ? "" : "s"));
        return ExitCode.OK;
    }

    /** A group's path is checked as a repo's is: an existing folder, with no control characters in its name. */
    private Path folder(String typed) {
        if (typed.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ShoalException.usage("a group's path cannot hold control characters: " + typed.replaceAll("\\p{Cntrl}", "?"));
        }
        Path folder = session.resolveReal(typed);
        if (!Files.isDirectory(folder)) {
            throw ShoalException.usage(typed + ": no such folder (a group's path is the folder it stands for)");
        }
        return folder;
    }
}
