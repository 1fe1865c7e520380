package dev.shoal.config;

import dev.shoal.files.JarText;
import dev.shoal.files.TabLines;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shipped commands.yml as the build parsed it ({@code src/build/WriteShippedCommands.java} writes
 * {@value #FILE} into the jar), for the starts of users who have no commands.yml of their own: parsing the
 * YAML, and looking the file up in the jar, took 38 ms of the main thread's profiled CPU in a start of
 * {@code st} (bench/README.md, "Commands without annotations").
 *
 * <p>The format ({@link TabLines}): for each command a line {@code command NAME}, then a line per field.
 */
public final class ShippedCommands {
    static final String FILE = "dev/shoal/defaults/commands.txt";

    private ShippedCommands() {
    }

    /** The commands, from the jar's file; empty when the classes run without it. */
    static Optional<List<CommandDefinition>> read() {
        return JarText.read(FILE).map(ShippedCommands::parse);
    }

    /** The file's text for these commands. */
    public static String text(List<CommandDefinition> definitions) {
        List<String> lines = new ArrayList<>();
        for (CommandDefinition definition : definitions) {
            lines.add(TabLines.line("command", definition.name()));
            List<String> cmd = new ArrayList<>(List.of("cmd"));
            cmd.addAll(definition.cmd());
            lines.add(TabLines.line(cmd.toArray(String[]::new)));
            lines.add(TabLines.line("help", definition.help()));
            if (definition.allowAll()) {
                lines.add("allow_all");
            }
            if (definition.shell()) {
                lines.add("shell");
            }
            if (definition.interactive()) {
                lines.add("interactive");
            }
            definition.timeout().ifPresent(timeout -> lines.add(TabLines.line("timeout", timeout.toString())));
        }
        return String.join("\n", lines) + "\n";
    }

    static List<CommandDefinition> parse(String text) {
        List<CommandDefinition> definitions = new ArrayList<>();
        Fields fields = null;
        for (String line : text.split("\n")) {
            String[] parts = TabLines.fields(line);
            if (parts[0].equals("command")) {
                if (fields != null) {
                    definitions.add(fields.definition());
                }
                fields = new Fields(parts[1]);
            } else {
                fields.set(parts);
            }
        }
        if (fields != null) {
            definitions.add(fields.definition());
        }
        return definitions;
    }

    /** One command's fields as they are read. */
    private static final class Fields {
        private final String name;
        private List<String> cmd = List.of();
        private String help = "";
        private boolean allowAll;
        private boolean shell;
        private boolean interactive;
        private Optional<Duration> timeout = Optional.empty();

        Fields(String name) {
            this.name = name;
        }

        void set(String[] parts) {
            switch (parts[0]) {
                case "cmd" -> cmd = List.of(parts).subList(1, parts.length);
                case "help" -> help = parts[1];
                case "allow_all" -> allowAll = true;
                case "shell" -> shell = true;
                case "interactive" -> interactive = true;
                case "timeout" -> timeout = Optional.of(Duration.parse(parts[1]));
                default -> throw new IllegalStateException("a field shoal's " + FILE + " cannot have: " + parts[0]);
            }
        }

        CommandDefinition definition() {
            return new CommandDefinition(name, cmd, help, allowAll, shell, interactive, timeout);
        }
    }
}
