package dev.shoal.completion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command tree as index lines, taken from the picocli model at run time so that every command is
 * in it, the ones built from the user's commands.yml too. Fields are separated by a TAB; a command's
 * PATH is its full name ({@code shoal}, {@code shoal group add}):
 * <pre>
 * at   PATH  FIRST  COUNT         where PATH's lines are, counted from the first line after the at lines
 * cmd  PATH  NAME  HELP            a subcommand of PATH (aliases get a line each)
 * opt  PATH  NAMES  SPEC  HELP     an option of PATH; NAMES space-separated; SPEC as in ValueSpec
 * arg  PATH  FROM  TO  SPEC        positional values FROM..TO (TO is * when open-ended)
 * runs PATH  WORD...               PATH runs this git command line with the words after its -- added
 * </pre>
 * Each command's lines come together, after the {@code at} lines; a script that loops in the shell
 * itself (bash) reads the few {@code at} lines and then only the lines of the commands on the command
 * line, while zsh and fish filter the whole table with one pattern. Hidden commands and options are left out.
 */
final class CommandTable {
    private CommandTable() {
    }

    static List<String> lines(CommandLine root) {
        Map<String, List<String>> blocks = new LinkedHashMap<>();
        add(root, root.getCommandName(), blocks);
        List<String> index = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        blocks.forEach((path, block) -> {
            index.add(String.join("\t", "at", path, String.valueOf(lines.size()), String.valueOf(block.size())));
            lines.addAll(block);
        });
        index.addAll(lines);
        return index;
    }

    private static void add(CommandLine command, String path, Map<String, List<String>> blocks) {
        List<String> lines = new ArrayList<>();
        blocks.put(path, lines);
        CommandSpec spec = command.getCommandSpec();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                lines.add(String.join("\t", "opt", path, String.join(" ", option.names()), ValueSpec.of(option),
                        summary(option.renderedDescription())));
            }
        }
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            if (!positional.hidden()) {
                CommandLine.Range index = positional.index();
                String to = index.max() == Integer.MAX_VALUE ? "*" : String.valueOf(index.max());
                lines.add(String.join("\t", "arg", path, String.valueOf(index.min()), to, ValueSpec.of(positional)));
            }
        }
        if (spec.userObject() instanceof RunsGit runs) {
            List<String> words = runs.gitCommandLine();
            // An empty word or one with a control character (a TAB, a newline) cannot be a field that every
            // shell reads back: such a command completes files after its --, as other commands do.
            if (!words.isEmpty() && words.stream().noneMatch(word -> word.isEmpty() || word.chars().anyMatch(c -> c < 0x20 || c == 0x7f))) {
                lines.add("runs\t" + path + "\t" + String.join("\t", words));
            }
        }
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            CommandSpec subSpec = sub.getValue().getCommandSpec();
            if (!subSpec.usageMessage().hidden()) {
                lines.add(String.join("\t", "cmd", path, sub.getKey(), summary(subSpec.usageMessage().description())));
                add(sub.getValue(), path + " " + sub.getKey(), blocks);
            }
        }
    }

    /** The first sentence of a help text, on one line: it is shown beside a candidate. */
    private static String summary(String[] description) {
        if (description == null || description.length == 0) {
            return "";
        }
        String text = String.join(" ", description).replace("%n", " ").replaceAll("\\s+", " ").strip();
        return text.split("(?<=\\.) ", 2)[0];
    }
}
