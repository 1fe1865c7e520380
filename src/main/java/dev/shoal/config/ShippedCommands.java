package dev.shoal.config;

import dev.shoal.files.JarText;
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
 * <p>The format: for each command a line {@code command NAME}, then a line per field, its parts apart by
 * tabs; a backslash, a tab and a line break in a text are written {@code \\}, {@code \t} and {@code \n}.
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
        StringBuilder text = new StringBuilder();
        for (CommandDefinition definition : definitions) {
            text.append("command\t").append(escaped(definition.name())).append('\n').append("cmd");
            definition.cmd().forEach(word -> text.append('\t').append(escaped(word)));
            text.append("\nhelp\t").append(escaped(definition.help())).append('\n');
            text.append(definition.allowAll() ? "allow_all\n" : "").append(definition.shell() ? "shell\n" : "")
                    .append(definition.interactive() ? "interactive\n" : "");
            definition.timeout().ifPresent(timeout -> text.append("timeout\t").append(timeout).append('\n'));
        }
        return text.toString();
    }

    static List<CommandDefinition> parse(String text) {
        List<CommandDefinition> definitions = new ArrayList<>();
        Fields fields = null;
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = unescaped(parts[i]);
            }
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

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescaped(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
