package dev.shoal.config;

import dev.shoal.files.JarText;
import dev.shoal.files.YamlFile;
import dev.shoal.files.YamlNodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The commands from commands.yml: the ones shipped inside shoal, then the user's file in the config
 * home, which adds commands or changes shipped ones field by field. Every mistake in the user's file
 * is reported as {@code commands.yml:LINE:COL: what is wrong}.
 */
public final class CommandCatalog {
    /** Where the shipped file sits in the jar (the build copies config/ there). */
    static final String SHIPPED = "dev/shoal/defaults/commands.yml";
    private static final Set<String> FIELDS = Set.of("cmd", "help", "allow_all", "shell", "interactive", "timeout");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /**
     * picocli lays out help by copying the rest of a paragraph for every line it wraps, so time grows
     * with the square of its length: a 160 KB {@code help} took 24 s, 2 MB minutes. 4,000 characters
     * (some fifty lines) lays out in a millisecond and is more than any command's help needs.
     */
    static final int MAX_HELP = 4000;

    private CommandCatalog() {
    }

    /** A value as written, with the file it came from, for reading and for pointing at mistakes. */
    private record Field(YamlNodes yaml, Node node) {
    }

    /**
     * Every command by name; {@code builtIns} are names a command may not take (shoal's own commands). Without
     * a commands.yml of the user's, the shipped commands as the build parsed them ({@link ShippedCommands}).
     */
    public static List<CommandDefinition> load(ConfigHome home, Set<String> builtIns) {
        if (!Files.exists(home.commandsFile())) {
            Optional<List<CommandDefinition>> shipped = ShippedCommands.read();
            if (shipped.isPresent()) {
                return shipped.get();
            }
        }
        return fromYaml(home, builtIns);
    }

    /** Every command by name, parsed from the shipped commands.yml and the user's: what the build parses once. */
    public static List<CommandDefinition> fromYaml(ConfigHome home, Set<String> builtIns) {
        Map<String, Map<String, Field>> commands = new TreeMap<>();
        Map<String, Field> declared = new LinkedHashMap<>();
        read(shipped(), builtIns, commands, declared);
        read(YamlFile.read(home.commandsFile()), builtIns, commands, declared);
        List<CommandDefinition> definitions = new ArrayList<>();
        commands.forEach((name, fields) -> definitions.add(define(name, fields, declared.get(name))));
        return definitions;
    }

    private static YamlFile shipped() {
        String text = JarText.read(SHIPPED).orElseThrow(() -> new IllegalStateException("the shipped " + SHIPPED + " is missing from the jar"));
        return YamlFile.parse(Path.of("(shipped)", "commands.yml"), text);
    }

    private static void read(YamlFile file, Set<String> builtIns, Map<String, Map<String, Field>> commands,
                             Map<String, Field> declared) {
        if (file.root().isEmpty()) {
            return;
        }
        YamlNodes yaml = new YamlNodes(file);
        yaml.mapping(file.root().get(), "commands.yml").forEach((name, node) -> {
            if (!NAME.matcher(name).matches()) {
                throw file.error(node, "'" + name + "' cannot be a command name (letters, digits, '.', '_' and '-', not first)");
            }
            if (builtIns.contains(name)) {
                throw file.error(node, "'" + name + "' is one of shoal's own commands; give yours another name");
            }
            Map<String, Field> fields = commands.computeIfAbsent(name, n -> new LinkedHashMap<>());
            yaml.mapping(node, "command '" + name + "'").forEach((key, value) -> {
                if (!FIELDS.contains(key)) {
                    throw file.error(value, "command '" + name + "' has an unknown field '" + key
                            + "' (known: allow_all, cmd, help, interactive, shell, timeout)");
                }
                fields.put(key, new Field(yaml, value));
            });
            declared.put(name, new Field(yaml, node));
        });
    }

    private static CommandDefinition define(String name, Map<String, Field> fields, Field declared) {
        Field cmdField = fields.get("cmd");
        if (cmdField == null) {
            throw declared.yaml().file().error(declared.node(), "command '" + name + "' has no 'cmd'");
        }
        boolean shell = bool(fields, "shell", name);
        List<String> cmd = words(cmdField, shell, name);
        Optional<String> help = optional(fields, "help", name);
        if (help.filter(h -> h.length() > MAX_HELP).isPresent()) {
            Field field = fields.get("help");
            throw field.yaml().file().error(field.node(), "'help' of command '" + name + "' is " + help.get().length()
                    + " characters long; at most " + MAX_HELP);
        }
        Optional<Duration> timeout = optional(fields, "timeout", name).map(text -> {
            try {
                return DurationValue.parse(text);
            } catch (IllegalArgumentException e) {
                Field field = fields.get("timeout");
                throw field.yaml().file().error(field.node(), "'timeout' of command '" + name + "': " + e.getMessage());
            }
        });
        return new CommandDefinition(name, cmd, help.orElse("run: " + String.join(" ", cmd)),
                bool(fields, "allow_all", name), shell, bool(fields, "interactive", name), timeout);
    }

    private static List<String> words(Field field, boolean shell, String name) {
        String what = "'cmd' of command '" + name + "'";
        YamlFile file = field.yaml().file();
        List<String> words;
        if (field.node() instanceof SequenceNode) {
            if (shell) {
                throw file.error(field.node(), what + " is a script for sh -c with shell: true, so one string, not a list");
            }
            words = field.yaml().strings(field.node(), what);
        } else {
            String text = field.yaml().scalar(field.node(), what);
            try {
                words = shell ? List.of(text) : CommandWords.split(text);
            } catch (IllegalArgumentException e) {
                throw file.error(field.node(), what + ": " + e.getMessage());
            }
        }
        if (words.isEmpty() || words.getFirst().isBlank()) {
            throw file.error(field.node(), what + " is empty");
        }
        return words;
    }

    private static boolean bool(Map<String, Field> fields, String key, String name) {
        Field field = fields.get(key);
        return field != null && field.yaml().bool(field.node(), "'" + key + "' of command '" + name + "'");
    }

    private static Optional<String> optional(Map<String, Field> fields, String key, String name) {
        Field field = fields.get(key);
        return field == null ? Optional.empty() : field.yaml().optionalScalar(field.node(), "'" + key + "' of command '" + name + "'");
    }
}
