package dev.shoal.registry;

import dev.shoal.ShoalException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registered repos, the groups over them and the context, with the rules that keep them
 * consistent: repo and group names never clash, removing or renaming a repo updates every group, and
 * removing or renaming the context group updates the context.
 */
public final class Registry {
    /** Case-insensitive first, so {@code Api} and {@code api-docs} sit together in every listing. */
    public static final Comparator<String> NAME_ORDER = NaturalOrder.NAMES;

    private final TreeMap<String, Repo> repos = new TreeMap<>(NAME_ORDER);
    private final TreeMap<String, Group> groups = new TreeMap<>(NAME_ORDER);
    private Optional<String> context = Optional.empty();
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public Collection<Repo> repos() {
        return repos.values();
    }

    public Optional<Repo> repo(String name) {
        return Optional.ofNullable(repos.get(name));
    }

    public Collection<Group> groups() {
        return groups.values();
    }

    public Optional<Group> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    /** A group name, or {@code auto}; empty means no context. */
    public Optional<String> context() {
        return context;
    }

    /** Top-level keys shoal does not know, carried through rewrites. */
    public Map<String, Object> extra() {
        return extra;
    }

    public boolean nameTaken(String name) {
        return repos.containsKey(name) || groups.containsKey(name);
    }

    public Optional<Repo> repoAt(Path path) {
        return repos.values().stream().filter(r -> r.path().equals(path)).findFirst();
    }

    public void addRepo(Repo repo) {
        requireValid(repo.name());
        requireFree(repo.name());
        repos.put(repo.name(), repo);
    }

    public void replaceRepo(Repo repo) {
        requireRepo(repo.name());
        repos.put(repo.name(), repo);
    }

    /** Unregisters a repo and takes it out of every group; its files are not touched. */
    public Repo removeRepo(String name) {
        Repo removed = requireRepo(name);
        repos.remove(name);
        groups.replaceAll((g, group) -> group.withMembers(group.members().stream().filter(m -> !m.equals(name)).toList()));
        return removed;
    }

    public void renameRepo(String oldName, String newName) {
        Repo repo = requireRepo(oldName);
        requireValid(newName);
        requireFree(newName);
        repos.remove(oldName);
        repos.put(newName, repo.withName(newName));
        groups.replaceAll((g, group) -> group.renamingMember(oldName, newName));
    }

    public void putGroup(Group group) {
        requireValid(group.name());
        if (group.path().filter(p -> Names.hasControl(p.toString())).isPresent()) {
            throw ShoalException.usage("the path of group '" + group.name() + "' holds control characters or line breaks");
        }
        if (repos.containsKey(group.name())) {
            throw ShoalException.usage("'" + group.name() + "' is already a repo's name; a group needs a name of its own");
        }
        groups.put(group.name(), group);
    }

    /**
     * Puts repos in a group (each once, after the members it has), making the group with
     * {@code pathIfNew} if there is none; an existing group keeps its path.
     */
    public Group joinGroup(String name, Collection<String> members, Optional<Path> pathIfNew) {
        Optional<Group> existing = group(name);
        LinkedHashSet<String> all = new LinkedHashSet<>(existing.map(Group::members).orElse(List.of()));
        all.addAll(members);
        Group joined = existing.map(g -> g.withMembers(List.copyOf(all)))
                .orElseGet(() -> new Group(name, List.copyOf(all), pathIfNew, Map.of()));
        putGroup(joined);
        return joined;
    }

    public Group removeGroup(String name) {
        Group removed = requireGroup(name);
        groups.remove(name);
        if (context.filter(name::equals).isPresent()) {
            context = Optional.empty();
        }
        return removed;
    }

    public void renameGroup(String oldName, String newName) {
        Group group = requireGroup(oldName);
        requireValid(newName);
        requireFree(newName);
        groups.remove(oldName);
        groups.put(newName, group.withName(newName));
        if (context.filter(oldName::equals).isPresent()) {
            context = Optional.of(newName);
        }
    }

    public void setContext(Optional<String> newContext) {
        newContext.filter(c -> !c.equals(ContextResolver.AUTO)).ifPresent(this::requireGroup);
        context = newContext;
    }

    public Repo requireRepo(String name) {
        Repo repo = repos.get(name);
        if (repo == null) {
            throw ShoalException.usage("no repo named '" + name + "'" + CloseMatches.hint(name, repos.keySet()));
        }
        return repo;
    }

    public Group requireGroup(String name) {
        Group group = groups.get(name);
        if (group == null) {
            throw ShoalException.usage("no group named '" + name + "'" + CloseMatches.hint(name, groups.keySet()));
        }
        return group;
    }

    private static void requireValid(String name) {
        Names.problem(name).ifPresent(problem -> {
            throw ShoalException.usage(problem);
        });
    }

    private void requireFree(String name) {
        if (repos.containsKey(name)) {
            throw ShoalException.usage("'" + name + "' is already a repo");
        }
        if (groups.containsKey(name)) {
            throw ShoalException.usage("'" + name + "' is already a group");
        }
    }

    /** Every name a target may be: repos and groups. */
    public List<String> allNames() {
        List<String> names = new ArrayList<>(repos.keySet());
        names.addAll(groups.keySet());
        return names;
    }
}
