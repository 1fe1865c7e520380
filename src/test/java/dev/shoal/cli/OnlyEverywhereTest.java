package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.completion.ValueSpec;
import dev.shoal.testing.Git;
import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Terminal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * {@code --only} on every command that acts on repos, found by walking the real command model (the
 * shipped commands.yml commands included): each takes it, lists it in its help, and runs on the dirty
 * repo alone when given a dirty and a clean one.
 */
@ExtendWith(WorkspaceExtension.class)
class OnlyEverywhereTest {
    /** The commands that act on repos without taking targets by that label: the run commands' WORDs, and ls. */
    private static final Set<String> ALSO_ON_REPOS = Set.of("super", "shell", "ls");

    @Test
    void everyCommandThatActsOnReposTakesOnlyAndFiltersByIt(Workspace workspace) {
        workspace.registeredRepos("spotted", "spotless");
        Map<String, CommandLine> onRepos = commandsOnRepos(workspace);
        assertTrue(onRepos.keySet().containsAll(List.of("st", "fetch", "pull", "lo", "super", "shell", "sync", "freeze", "ll", "ls")),
                "found: " + onRepos.keySet());
        for (Map.Entry<String, CommandLine> command : onRepos.entrySet()) {
            String name = command.getKey();
            assertTrue(command.getValue().getCommandSpec().optionsMap().containsKey("--only"), name + " takes no --only");
            ProcessResult help = workspace.shoal(name, "--help");
            assertTrue(help.stdout().contains("--only=STATE"), name + " --help: " + help.stdout());

            // Each command gets a freshly dirty repo: stash, reset and the like may have cleaned it.
            Git.write(workspace.path("src/spotted/README.md"), "changed, not committed\n");
            ProcessResult result = workspace.shoal(argsFor(name));
            String output = result.stdout() + result.stderr();
            assertTrue(output.contains("spotted"), name + " left out the dirty repo: " + output);
            assertFalse(output.contains("spotless"), name + " ran on the clean repo: " + output);
        }
    }

    /** The command line that runs {@code name} with {@code --only dirty}, on both repos where it takes targets. */
    private static String[] argsFor(String name) {
        List<String> args = new ArrayList<>(List.of(name, "--only", "dirty"));
        switch (name) {
            case "super" -> args.addAll(List.of("spotted", "spotless", "--", "status"));
            case "shell" -> args.addAll(List.of("spotted", "spotless", "--", "pwd"));
            case "ls" -> {
            }
            default -> args.addAll(List.of("spotted", "spotless"));
        }
        return args.toArray(String[]::new);
    }

    /** Every command (at any depth) with a positional taking repo or group names, plus {@link #ALSO_ON_REPOS}. */
    private static Map<String, CommandLine> commandsOnRepos(Workspace workspace) {
        CommandLine root = ShoalCli.commandLine(new Session(workspace.env(), workspace.root(), System.in, System.out, System.err,
                () -> Terminal.PIPE));
        Map<String, CommandLine> found = new LinkedHashMap<>();
        collect(root, "", found);
        Set<String> unexpected = new TreeSet<>(found.keySet());
        unexpected.removeIf(name -> !name.contains(" "));
        assertEquals(Set.of(), unexpected, "subcommands acting on repos: give them --only and a case here");
        return found;
    }

    private static void collect(CommandLine command, String path, Map<String, CommandLine> found) {
        command.getSubcommands().forEach((name, sub) -> {
            String subPath = path.isEmpty() ? name : path + " " + name;
            boolean onRepos = ALSO_ON_REPOS.contains(subPath) || sub.getCommandSpec().positionalParameters().stream()
                    .anyMatch(p -> ValueSpec.of(p).contains("@target"));
            if (onRepos) {
                found.put(subPath, sub);
            }
            collect(sub, subPath, found);
        });
    }
}
