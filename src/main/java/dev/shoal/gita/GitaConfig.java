package dev.shoal.gita;

import dev.shoal.ShoalException;
import dev.shoal.files.CsvRows;
import dev.shoal.files.YamlFile;
import dev.shoal.files.YamlNodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What gita 0.16 keeps in its config folder, read as gita reads it: {@code repos.csv} ({@code path,name,type,flags}),
 * {@code groups.csv} ({@code name:repo repo:path}), one {@code NAME.context} file ({@code auto.context} for auto),
 * {@code info.csv} (the columns of {@code gita ll}), {@code color.csv} (a header of states, a row of colors) and
 * the user's commands in {@code cmds.json} or {@code cmds.yml}. gita writes its CSV with Python's csv module,
 * so lines end in CRLF. A row that cannot be taken (no name, a control character) is a problem, said with its
 * line; the rest is read.
 */
public record GitaConfig(Path dir, List<GitaRepo> repos, List<GitaGroup> groups, Optional<String> context,
                         Optional<List<String>> infoItems, Map<String, String> colors, List<GitaCommand> commands,
                         List<String> problems) {

    public record GitaRepo(String name, Path path, boolean bare, List<String> flags) {
    }

    /** {@code path} is empty when gita has none for the group. */
    public record GitaGroup(String name, List<String> members, Optional<String> path) {
    }

    /** One command of cmds.json / cmds.yml, its fields as gita has them; {@code ignored}: fields shoal has no use for. */
    public record GitaCommand(String name, String cmd, Optional<String> help, boolean allowAll, boolean shell,
                              boolean disableAsync, List<String> ignored) {
    }

    /** Where gita keeps its config: {@code $XDG_CONFIG_HOME/gita}, else {@code ~/.config/gita} (gita's common.py). */
    public static Path defaultDir(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "gita");
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config", "gita");
    }

    public static GitaConfig read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw ShoalException.usage(dir + ": no gita config here (gita keeps it in $XDG_CONFIG_HOME/gita, else ~/.config/gita)");
        }
        List<String> problems = new ArrayList<>();
        return new GitaConfig(dir, repos(dir, problems), groups(dir, problems), context(dir, problems),
                csv(dir.resolve("info.csv"), ',').stream().findFirst().map(CsvRows.Row::fields),
                colors(dir), commands(dir), List.copyOf(problems));
    }

    private static List<GitaRepo> repos(Path dir, List<String> problems) {
        Path file = dir.resolve("repos.csv");
        List<GitaRepo> repos = new ArrayList<>();
        for (CsvRows.Row row : csv(file, ',')) {
            String path = row.field(0);
            String name = row.field(1);
            if (path.isEmpty() || name.isEmpty() || !Path.of(path).isAbsolute()) {
                problems.add(file + ":" + row.line() + ": a repo needs an absolute path and a name; left out");
            } else if (hasControl(path) || hasControl(name) || hasControl(row.field(3))) {
                problems.add(file + ":" + row.line() + ": a control character in the path, name or flags; left out");
            } else {
                repos.add(new GitaRepo(name, Path.of(path).normalize(), row.field(2).equals("bare"), words(row.field(3))));
            }
        }
        return repos;
    }

    private static List<GitaGroup> groups(Path dir, List<String> problems) {
        Path file = dir.resolve("groups.csv");
        List<GitaGroup> groups = new ArrayList<>();
        for (CsvRows.Row row : csv(file, ':')) {
            String name = row.field(0);
            if (name.isEmpty() || hasControl(name) || hasControl(row.field(1)) || hasControl(row.field(2))) {
                problems.add(file + ":" + row.line() + ": a group needs a name, and no control characters; left out");
            } else {
                String path = row.field(2);
                groups.add(new GitaGroup(name, words(row.field(1)), path.isEmpty() ? Optional.empty() : Optional.of(path)));
            }
        }
        return groups;
    }

    /** {@code auto.context} means auto; {@code NAME.context} the group NAME; gita refuses to run with more than one. */
    private static Optional<String> context(Path dir, List<String> problems) {
        List<String> contexts;
        try (Stream<Path> files = Files.list(dir)) {
            contexts = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".context") && n.length() > ".context".length())
                    .map(n -> n.substring(0, n.length() - ".context".length())).sorted().toList();
        } catch (IOException e) {
            throw ShoalException.config(dir + ": cannot list: " + e.getMessage());
        }
        if (contexts.size() > 1) {
            problems.add(dir + ": more than one .context file (" + String.join(", ", contexts) + "); the context is left as it is");
            return Optional.empty();
        }
        return contexts.stream().findFirst();
    }

    /** color.csv: the states on the first row, their colors on the second. */
    private static Map<String, String> colors(Path dir) {
        List<CsvRows.Row> rows = csv(dir.resolve("color.csv"), ',');
        Map<String, String> colors = new LinkedHashMap<>();
        if (rows.size() >= 2) {
            for (int i = 0; i < rows.get(0).fields().size(); i++) {
                colors.put(rows.get(0).field(i), rows.get(1).field(i));
            }
        }
        return colors;
    }

    /** cmds.json, then cmds.yml (JSON is YAML, so one reader does both); a later one wins, as in gita. */
    private static List<GitaCommand> commands(Path dir) {
        Map<String, GitaCommand> commands = new LinkedHashMap<>();
        for (String name : List.of("cmds.json", "cmds.yml")) {
            YamlFile file = YamlFile.read(dir.resolve(name));
            if (file.root().isEmpty()) {
                continue;
            }
            YamlNodes yaml = new YamlNodes(file);
            yaml.mapping(file.root().get(), name).forEach((command, node) -> {
                String what = "command '" + command + "'";
                Map<String, Node> fields = yaml.mapping(node, what);
                if (!fields.containsKey("cmd")) {
                    throw file.error(node, what + " has no 'cmd'");
                }
                List<String> ignored = fields.keySet().stream()
                        .filter(k -> !List.of("cmd", "help", "allow_all", "shell", "disable_async").contains(k)).toList();
                commands.put(command, new GitaCommand(command, yaml.scalar(fields.get("cmd"), "'cmd' of " + what),
                        yaml.optionalScalar(fields.get("help"), "'help' of " + what),
                        yaml.bool(fields.get("allow_all"), "'allow_all' of " + what),
                        yaml.bool(fields.get("shell"), "'shell' of " + what),
                        yaml.bool(fields.get("disable_async"), "'disable_async' of " + what), ignored));
            });
        }
        return List.copyOf(commands.values());
    }

    private static List<CsvRows.Row> csv(Path file, char delimiter) {
        try {
            return CsvRows.parse(Files.readString(file, StandardCharsets.UTF_8), delimiter);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw ShoalException.config(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Space-separated words, as gita splits members and flags. */
    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
