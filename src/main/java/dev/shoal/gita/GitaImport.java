package dev.shoal.gita;

import dev.shoal.Keyed;
import dev.shoal.config.CommandDefinition;
import dev.shoal.config.CommandWords;
import dev.shoal.config.InfoColumn;
import dev.shoal.config.Settings;
import dev.shoal.config.StateColor;
import dev.shoal.git.FoundRepo;
import dev.shoal.git.RepoDiscovery;
import dev.shoal.registry.ContextResolver;
import dev.shoal.registry.Group;
import dev.shoal.registry.Registry;
import dev.shoal.registry.Repo;
import dev.shoal.registry.RepoNaming;
import dev.shoal.config.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a gita setup into shoal's, part by part. Nothing shoal already has is changed without a line
 * saying so: a name that is taken gets another name, a group is extended, never emptied, and shoal's own
 * choices (context, columns, colors, commands, flags) are kept when they differ. Importing twice changes
 * nothing the second time. Each step is a {@link Note}; those that change something are {@code changes}.
 */
public final class GitaImport {
    /** One line of the report: {@code change} when it changes shoal's setup (or would, in a dry run). */
    public record Note(boolean change, String text) {
    }

    private final GitaConfig gita;
    private final List<Note> notes = new ArrayList<>();
    /** gita's repo names to the names the repos have in shoal. */
    private final Map<String, String> names = new HashMap<>();

    public GitaImport(GitaConfig gita) {
        this.gita = gita;
    }

    public List<Note> notes() {
        return List.copyOf(notes);
    }

    /** Repos (bare ones as bare, with their flags), groups with their paths, and the context. */
    public void intoRegistry(Registry registry) {
        gita.repos().forEach(repo -> importRepo(registry, repo));
        gita.groups().forEach(group -> importGroup(registry, group));
        gita.context().ifPresent(context -> importContext(registry, context));
    }

    private void importRepo(Registry registry, GitaConfig.GitaRepo repo) {
        Optional<FoundRepo> found = Files.isDirectory(repo.path()) ? RepoDiscovery.at(repo.path()) : Optional.empty();
        if (found.isEmpty()) {
            notes.add(new Note(false, "skip repo " + repo.name() + ": " + repo.path() + " is not a git repo (gita leaves it out too)"));
            return;
        }
        Path path = real(repo.path());
        boolean bare = repo.bare() || found.get().bare();
        Optional<Repo> existing = registry.repoAt(path);
        if (existing.isPresent()) {
            Repo known = existing.get();
            names.put(repo.name(), known.name());
            if (!known.name().equals(repo.name())) {
                notes.add(new Note(false, "keep repo " + known.name() + ": gita's " + repo.name() + " is registered under this name"));
            }
            if (!repo.flags().isEmpty() && !repo.flags().equals(known.flags())) {
                if (known.flags().isEmpty()) {
                    registry.replaceRepo(known.withFlags(repo.flags()));
                    notes.add(new Note(true, "set flags " + known.name() + ": " + String.join(" ", repo.flags())));
                } else {
                    notes.add(new Note(false, "keep flags " + known.name() + ": " + String.join(" ", known.flags())
                            + " (gita has " + String.join(" ", repo.flags()) + ")"));
                }
            }
            return;
        }
        String name = registry.nameTaken(repo.name()) ? RepoNaming.nameFor(path, bare, registry) : repo.name();
        registry.addRepo(new Repo(name, path, bare, repo.flags(), Map.of()));
        names.put(repo.name(), name);
        notes.add(new Note(true, "add repo " + name + ": " + path + (bare ? " (bare)" : "")
                + (repo.flags().isEmpty() ? "" : ", flags " + String.join(" ", repo.flags()))
                + (name.equals(repo.name()) ? "" : " (gita's name " + repo.name() + " is taken in shoal)")));
    }

    private void importGroup(Registry registry, GitaConfig.GitaGroup group) {
        String name = group.name();
        if (registry.repo(name).isPresent()) {
            notes.add(new Note(false, "skip group " + name + ": shoal has a repo by that name"));
            return;
        }
        List<String> members = new ArrayList<>();
        for (String member : group.members()) {
            if (names.containsKey(member)) {
                members.add(names.get(member));
            } else {
                notes.add(new Note(false, "skip " + member + " in group " + name + ": gita has no such repo"));
            }
        }
        Optional<Path> path = group.path().flatMap(p -> groupPath(name, p));
        Optional<Group> existing = registry.group(name);
        if (existing.isEmpty()) {
            if (!members.isEmpty()) {
                registry.putGroup(new Group(name, members, path, Map.of()));
                notes.add(new Note(true, "add group " + name + ": " + String.join(" ", members) + path.map(p -> " (path " + p + ")").orElse("")));
            }
            return;
        }
        List<String> added = members.stream().filter(m -> !existing.get().members().contains(m)).toList();
        if (!added.isEmpty()) {
            registry.joinGroup(name, added, Optional.empty());
            notes.add(new Note(true, "add to group " + name + ": " + String.join(" ", added)));
        }
        Optional<Path> known = existing.get().path();
        if (path.isPresent() && known.isEmpty()) {
            registry.putGroup(registry.requireGroup(name).withPath(path));
            notes.add(new Note(true, "set path of group " + name + ": " + path.get()));
        } else if (path.isPresent() && !path.equals(known)) {
            notes.add(new Note(false, "keep path of group " + name + ": " + known.get() + " (gita has " + path.get() + ")"));
        }
    }

    /** A group's path as shoal takes one: an existing folder; else the group comes without it, and the user is told. */
    private Optional<Path> groupPath(String group, String path) {
        Path folder = Path.of(path);
        if (!folder.isAbsolute() || !Files.isDirectory(folder)) {
            notes.add(new Note(false, "skip path of group " + group + ": " + path + " is not a folder"));
            return Optional.empty();
        }
        return Optional.of(real(folder));
    }

    private void importContext(Registry registry, String context) {
        Optional<String> current = registry.context();
        if (current.filter(context::equals).isPresent()) {
            return;
        }
        if (!context.equals(ContextResolver.AUTO) && registry.group(context).isEmpty()) {
            notes.add(new Note(false, "skip context " + context + ": no such group"));
        } else if (current.isPresent()) {
            notes.add(new Note(false, "keep context " + current.get() + " (gita has " + context + ")"));
        } else {
            registry.setContext(Optional.of(context));
            notes.add(new Note(true, "set context: " + context));
        }
    }

    /** gita's columns and colors, where shoal's are still the defaults. */
    public Settings intoSettings(Settings settings) {
        Settings result = settings;
        if (gita.infoItems().isPresent()) {
            result = importColumns(result, gita.infoItems().get());
        }
        for (Map.Entry<String, String> entry : gita.colors().entrySet()) {
            result = importColor(result, entry.getKey(), entry.getValue());
        }
        return result;
    }

    private Settings importColumns(Settings settings, List<String> items) {
        LinkedHashSet<InfoColumn> columns = new LinkedHashSet<>();
        for (String item : items) {
            if (item.equals("branch")) {
                // gita's branch column carries the symbols for uncommitted work, shoal's changes column.
                columns.addAll(List.of(InfoColumn.BRANCH, InfoColumn.CHANGES));
            } else {
                Keyed.byKey(InfoColumn.class, item).ifPresentOrElse(columns::add,
                        () -> notes.add(new Note(false, "skip column " + item + ": shoal has no such column")));
            }
        }
        List<InfoColumn> wanted = List.copyOf(columns);
        String shown = String.join(" ", wanted.stream().map(InfoColumn::key).toList());
        if (wanted.equals(settings.columns())) {
            return settings;
        }
        if (!settings.columns().equals(InfoColumn.DEFAULTS)) {
            notes.add(new Note(false, "keep columns " + String.join(" ", settings.columns().stream().map(InfoColumn::key).toList())
                    + " (gita has " + shown + ")"));
            return settings;
        }
        notes.add(new Note(true, "set columns: " + shown));
        return settings.withColumns(wanted);
    }

    private Settings importColor(Settings settings, String situation, String colorName) {
        Optional<StateColor> state = Keyed.byKey(StateColor.class, situation);
        Optional<Color> color = Keyed.byKey(Color.class, colorName);
        if (state.isEmpty() || color.isEmpty()) {
            notes.add(new Note(false, "skip color " + situation + ": " + colorName + " (shoal knows no such "
                    + (state.isEmpty() ? "state" : "color") + ")"));
            return settings;
        }
        Color current = settings.color(state.get());
        if (current == color.get()) {
            return settings;
        }
        if (settings.colors().containsKey(state.get())) {
            notes.add(new Note(false, "keep color " + state.get().key() + ": " + current.key() + " (gita has " + color.get().key() + ")"));
            return settings;
        }
        notes.add(new Note(true, "set color " + state.get().key() + ": " + color.get().key()));
        return settings.withColor(state.get(), color.get());
    }

    /**
     * The YAML to add to commands.yml for gita's commands, empty when there is none to add. {@code known}: the
     * commands shoal has now (shipped and the user's); {@code usersOwn}: the names in the user's commands.yml;
     * {@code builtIns}: shoal's own command names, which no command may take.
     */
    public String intoCommands(Map<String, CommandDefinition> known, Set<String> usersOwn, Set<String> builtIns) {
        StringBuilder yaml = new StringBuilder();
        for (GitaConfig.GitaCommand command : gita.commands()) {
            String name = command.name();
            if (builtIns.contains(name)) {
                notes.add(new Note(false, "skip command " + name + ": one of shoal's own commands has that name"));
                continue;
            }
            command.ignored().forEach(field -> notes.add(new Note(false, "skip field " + field + " of command " + name + ": shoal has no such field")));
            List<String> cmd = words(command);
            CommandDefinition now = known.get(name);
            boolean same = now != null && now.cmd().equals(cmd) && now.shell() == command.shell()
                    && now.allowAll() == command.allowAll() && now.interactive() == command.disableAsync();
            if (same) {
                continue;
            }
            String shown = command.shell() ? "sh -c " + command.cmd() : String.join(" ", cmd);
            if (usersOwn.contains(name)) {
                notes.add(new Note(false, "keep command " + name + " of commands.yml (gita has " + shown + ")"));
                continue;
            }
            notes.add(new Note(true, (now == null ? "add command " + name + ": " : "change shipped command " + name + ": "
                    + (now.shell() ? "sh -c " + now.cmd().getFirst() : String.join(" ", now.cmd())) + " -> ") + shown));
            yaml.append(quoted(name)).append(":\n  cmd: ").append(command.shell() || CommandWords.split(String.join(" ", cmd)).equals(cmd)
                    ? quoted(command.shell() ? command.cmd() : String.join(" ", cmd))
                    : "[" + String.join(", ", cmd.stream().map(GitaImport::quoted).toList()) + "]").append('\n');
            command.help().ifPresent(help -> yaml.append("  help: ").append(quoted(help)).append('\n'));
            // gita's command replaces a shipped one whole, so each switch is written out where it differs.
            appendFlag(yaml, "allow_all", command.allowAll(), now != null && now.allowAll());
            appendFlag(yaml, "shell", command.shell(), now != null && now.shell());
            appendFlag(yaml, "interactive", command.disableAsync(), now != null && now.interactive());
        }
        return yaml.toString();
    }

    /**
     * The command's words as gita runs them: gita splits {@code cmd} on blanks (no quoting), and a {@code cmd}
     * without {@code shell: true} is a git command line, {@code git} in front or not.
     */
    private static List<String> words(GitaConfig.GitaCommand command) {
        if (command.shell()) {
            return List.of(command.cmd());
        }
        List<String> words = new ArrayList<>(Arrays.stream(command.cmd().strip().split("\\s+")).filter(w -> !w.isEmpty()).toList());
        if (words.isEmpty() || !words.getFirst().equals("git")) {
            words.addFirst("git");
        }
        return words;
    }

    /** {@code field: true}, or {@code false} where the command it changes has it on. */
    private static void appendFlag(StringBuilder yaml, String field, boolean on, boolean onNow) {
        if (on != onNow) {
            yaml.append("  ").append(field).append(": ").append(on).append('\n');
        }
    }

    /** A YAML double-quoted string: JSON's escapes, which YAML reads the same way. */
    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** The path with symbolic links resolved, as shoal registers paths, so the same folder is found either way. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
