package dev.shoal.cli;

import dev.shoal.ExitCode;
import dev.shoal.git.FoundRepo;
import dev.shoal.git.RepoDiscovery;
import dev.shoal.registry.Names;
import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import dev.shoal.registry.RepoNaming;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = "Register repos: work trees, linked worktrees, submodules, and bare repos with -b. A path inside "
                + "a repo registers the whole repo. Each repo is named after its folder; on a clash the parent folder "
                + "is put in front (work/api).")
final class AddCommand extends SessionCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Repos, or with -r/-a, folders to search.")
    List<String> paths;

    @Option(names = {"-r", "--recursive"}, description = "Find repos anywhere below each PATH.")
    boolean recursive;

    @Option(names = {"-a", "--auto-group"},
            description = "Like -r, and make a group for each folder on the way to a repo (root, root-sub, ...), with its path.")
    boolean autoGroup;

    @Option(names = {"-s", "--skip-submodules"}, description = "With -r or -a: leave submodules out.")
    boolean skipSubmodules;

    @Option(names = {"-b", "--bare"}, description = "Register bare repos (with -r: find them too).")
    boolean bare;

    @Option(names = {"-g", "--group"}, paramLabel = "GROUP", description = "Also put the repos in GROUP (made if new).")
    String group;

    @Option(names = {"-n", "--dry-run"}, description = "Say what would be registered; change nothing.")
    boolean dryRun;

    AddCommand(Session session) {
        super(session);
    }

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        Map<FoundRepo, Path> foundUnderRoot = new LinkedHashMap<>();
        for (String typed : paths) {
            find(session.resolveReal(typed), problems).forEach((repo, root) -> foundUnderRoot.putIfAbsent(repo, root));
        }
        List<String> report = dryRun
                ? register(session.registry(), foundUnderRoot, problems)
                : session.registryStore().update(registry -> register(registry, foundUnderRoot, problems));
        report.forEach(line -> session.out().println(session.shown(line)));
        problems.forEach(session::warn);
        return problems.isEmpty() ? ExitCode.OK : ExitCode.REPO_FAILED;
    }

    /** The repos a (real) path stands for, each with the search root it was found under. */
    private Map<FoundRepo, Path> find(Path path, List<String> problems) {
        Map<FoundRepo, Path> found = new LinkedHashMap<>();
        if (!Files.isDirectory(path)) {
            problems.add(path + ": no such folder");
            return found;
        }
        if (recursive || autoGroup) {
            RepoDiscovery.below(path, bare, skipSubmodules).forEach(repo -> found.put(repo, path));
            if (found.isEmpty()) {
                problems.add(path + ": no git repositories below it" + (bare ? "" : " (bare ones need -b)"));
            }
            return found;
        }
        Optional<FoundRepo> repo = bare ? RepoDiscovery.at(path).filter(FoundRepo::bare) : RepoDiscovery.enclosing(path);
        if (repo.isEmpty()) {
            problems.add(path + ": not a " + (bare ? "bare " : "") + "git repository");
        } else if (repo.get().bare() && !bare) {
            problems.add(path + ": a bare repository; add it with -b");
        } else {
            found.put(repo.get(), path);
        }
        return found;
    }

    private List<String> register(Registry registry, Map<FoundRepo, Path> found, List<String> problems) {
        String verb = dryRun ? "would add" : "added";
        List<String> report = new ArrayList<>();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        Map<String, Path> roots = new LinkedHashMap<>();
        for (Map.Entry<FoundRepo, Path> entry : found.entrySet()) {
            FoundRepo repo = entry.getKey();
            Optional<Repo> existing = registry.repoAt(repo.path());
            String name;
            if (existing.isPresent()) {
                name = existing.get().name();
                report.add(name + ": already registered (" + repo.path() + ")");
            } else {
                name = RepoNaming.nameFor(repo.path(), repo.bare(), registry);
                Optional<String> problem = Names.problem(name);
                if (problem.isPresent()) {
                    problems.add(repo.path() + ": not added, its folder name cannot name a repo: " + problem.get());
                    continue;
                }
                registry.addRepo(Repo.of(name, repo.path(), repo.bare()));
                report.add(verb + " " + name + " (" + repo.path() + ")");
            }
            names.add(name);
            roots.put(name, entry.getValue());
        }
        if (group != null && !names.isEmpty()) {
            report.add(addToGroup(registry, group, List.copyOf(names), Optional.empty()));
        }
        if (autoGroup) {
            folderGroups(registry, roots).forEach((groupName, members) ->
                    report.add(addToGroup(registry, groupName, members.names, Optional.of(members.path))));
        }
        return report;
    }

    private String addToGroup(Registry registry, String groupName, List<String> members, Optional<Path> path) {
        if (registry.repo(groupName).isPresent()) {
            return "group " + groupName + ": skipped, a repo has that name";
        }
        Optional<String> problem = Names.problem(groupName)
                .or(() -> path.filter(p -> Names.hasControl(p.toString())).map(p -> "its path holds control characters"));
        if (problem.isPresent()) {
            return "group " + groupName + ": skipped, " + problem.get();
        }
        boolean existed = registry.group(groupName).isPresent();
        int size = registry.joinGroup(groupName, members, path).members().size();
        return (existed ? "group " + groupName + ": now " : "group " + groupName + ": made with ")
                + size + " repo" + (size == 1 ? "" : "s");
    }

    private record FolderGroup(Path path, List<String> names) {
    }

    /** gita's auto-groups: for root /a/b and repo /a/b/c/x, groups "b" (/a/b) and "b-c" (/a/b/c). */
    private static Map<String, FolderGroup> folderGroups(Registry registry, Map<String, Path> roots) {
        Map<String, FolderGroup> groups = new LinkedHashMap<>();
        roots.forEach((name, root) -> {
            Path relative = root.relativize(registry.requireRepo(name).path());
            String groupName = root.getFileName() == null ? "root" : root.getFileName().toString();
            Path folder = root;
            for (int depth = 0; depth < relative.getNameCount(); depth++) {
                if (depth > 0) {
                    groupName = groupName + "-" + relative.getName(depth - 1);
                    folder = folder.resolve(relative.getName(depth - 1));
                }
                Path groupPath = folder;
                groups.computeIfAbsent(groupName, g -> new FolderGroup(groupPath, new ArrayList<>())).names().add(name);
            }
        });
        return groups;
    }
}
