package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shoal.completion.ValueSpec;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Terminal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every value completion offers for an option or a position, in every command of the real model, is one the
 * parser takes: each is parsed as typed after its option, or at its position behind values for the positions
 * before it. (Names of repos, groups, files and git commands are the user's and git's; the words are shoal's.)
 */
@ExtendWith(WorkspaceExtension.class)
class CompletedValuesParseTest {

    @Test
    void everyOfferedWordIsAccepted(Workspace workspace) {
        Session session = new Session(workspace.env(), workspace.root(), System.in, System.out, System.err, () -> Terminal.PIPE);
        List<String> checked = new ArrayList<>();
        CommandLine root = ShoalCli.commandLine(session);
        walk(root, root, List.of(), checked);
        List<String> expected = List.of("ll --only no-upstream", "info add branch-name", "color set in-sync",
                "color set in-sync b_purple", "st --output json", "--color never", "completion fish");
        assertTrue(checked.containsAll(expected), "not all checked: " + expected.stream().filter(e -> !checked.contains(e)).toList());
    }

    private static void walk(CommandLine root, CommandLine command, List<String> path, List<String> checked) {
        for (OptionSpec option : command.getCommandSpec().options()) {
            for (String word : words(option)) {
                List<String> args = new ArrayList<>(path);
                args.addAll(List.of(option.longestName(), word));
                accepts(root, args, checked);
            }
        }
        List<String> before = new ArrayList<>(path);
        for (PositionalParamSpec positional : command.getCommandSpec().positionalParameters()) {
            List<String> words = words(positional);
            for (String word : words) {
                List<String> args = new ArrayList<>(before);
                args.add(word);
                accepts(root, args, checked);
            }
            if (words.isEmpty()) {
                break;
            }
            before.add(words.getFirst());
        }
        command.getSubcommands().forEach((name, sub) -> {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(name);
            walk(root, sub, subPath, checked);
        });
    }

    /** The literal words a value spec offers (kinds such as @repo left out). */
    private static List<String> words(ArgSpec arg) {
        return Arrays.stream(ValueSpec.of(arg).split(" ")).filter(t -> !t.isEmpty() && !t.startsWith("@")).toList();
    }

    /** Parsed (picocli resets every option and position before each parse), missing required parts aside. */
    private static void accepts(CommandLine root, List<String> args, List<String> checked) {
        try {
            root.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.MissingParameterException e) {
            // Another part is required (a second position, say): this word itself was taken.
        } catch (CommandLine.ParameterException e) {
            fail("completion offers what the parser refuses: shoal " + String.join(" ", args) + ": " + e.getMessage());
        }
        checked.add(String.join(" ", args));
    }
}
