package dev.shoal.registry;

import dev.shoal.ShoalException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns the names a user typed into the repos a command acts on: repo names and group names,
 * de-duplicated, in name order. No names means the context group, else every repo.
 */
public final class TargetSelector {
    private TargetSelector() {
    }

    public static List<Repo> select(Registry registry, List<String> names, Path cwd) {
        if (names.isEmpty()) {
            Optional<Group> context = ContextResolver.activeGroup(registry, cwd);
            return context.map(g -> members(registry, g)).orElseGet(() -> List.copyOf(registry.repos()));
        }
        TreeMap<String, Repo> chosen = new TreeMap<>(Registry.NAME_ORDER);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            Optional<Repo> repo = registry.repo(name);
            Optional<Group> group = registry.group(name);
            if (repo.isPresent()) {
                chosen.put(name, repo.get());
            } else if (group.isPresent()) {
                members(registry, group.get()).forEach(r -> chosen.put(r.name(), r));
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ShoalException.usage(unknownMessage(unknown, registry.allNames()));
        }
        return List.copyOf(chosen.values());
    }

    private static List<Repo> members(Registry registry, Group group) {
        return group.members().stream().map(registry::repo).flatMap(Optional::stream)
                .sorted((a, b) -> Registry.NAME_ORDER.compare(a.name(), b.name())).toList();
    }

    private static String unknownMessage(List<String> unknown, Collection<String> known) {
        if (unknown.size() == 1) {
            return "no repo or group named '" + unknown.getFirst() + "'" + CloseMatches.hint(unknown.getFirst(), known);
        }
        return "no repos or groups named " + String.join(", ", unknown.stream().map(n -> "'" + n + "'").toList());
    }
}
