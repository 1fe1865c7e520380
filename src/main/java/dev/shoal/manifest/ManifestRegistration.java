package dev.shoal.manifest;

import dev.shoal.registry.Group;
import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import dev.shoal.registry.RepoNaming;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers what a {@code clone -f} left on disk: each repo under its manifest name (a repo already
 * registered at that path keeps its name; a name taken by another repo or a group gets the parent folder
 * in front, as {@code add} does), then the manifest's groups, with their paths, over the repos that made it.
 */
public final class ManifestRegistration {
    private ManifestRegistration() {
    }

    /** Registers {@code landed} (entries with their final, absolute paths); returns what it did, a line each. */
    public static List<String> register(Registry registry, List<ManifestEntry> landed, List<Group> groups,
                                        Optional<String> alsoGroup) {
        List<String> report = new ArrayList<>();
        Map<String, String> registeredAs = new LinkedHashMap<>();
        for (ManifestEntry entry : landed) {
            Optional<Repo> existing = registry.repoAt(entry.path());
            if (existing.isPresent()) {
                registeredAs.put(entry.name(), existing.get().name());
                report.add(existing.get().name() + ": already registered (" + entry.path() + ")");
                continue;
            }
            String name = registry.nameTaken(entry.name()) ? RepoNaming.nameFor(entry.path(), entry.bare(), registry) : entry.name();
            registry.addRepo(new Repo(name, entry.path(), entry.bare(), entry.flags(), Map.of()));
            registeredAs.put(entry.name(), name);
            report.add("added " + name + " (" + entry.path() + ")"
                    + (name.equals(entry.name()) ? "" : ", as '" + entry.name() + "' was taken"));
        }
        for (Group group : groups) {
            List<String> members = group.members().stream().filter(registeredAs::containsKey).map(registeredAs::get).toList();
            if (!members.isEmpty()) {
                report.add(join(registry, group.name(), members, group.path()));
            }
        }
        alsoGroup.filter(g -> !registeredAs.isEmpty())
                .ifPresent(g -> report.add(join(registry, g, List.copyOf(registeredAs.values()), Optional.empty())));
        return report;
    }

    private static String join(Registry registry, String group, List<String> members, Optional<Path> path) {
        if (registry.repo(group).isPresent()) {
            return "group " + group + ": skipped, a repo has that name";
        }
        int size = registry.joinGroup(group, members, path).members().size();
        return "group " + group + ": " + size + " repo" + (size == 1 ? "" : "s");
    }
}
