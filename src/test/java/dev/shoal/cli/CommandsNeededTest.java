package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.ProcessResult;
import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Terminal;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** A start builds only the commands its arguments can reach; help and unknown words get them all. */
@ExtendWith(WorkspaceExtension.class)
class CommandsNeededTest {
    @Test
    void everyBuiltInNameIsItsCommandsOwnName() {
        for (String name : BuiltInCommands.NAMES) {
            assertEquals(name, BuiltInCommands.type(name).getAnnotation(CommandLine.Command.class).name());
        }
    }

    @Test
    void versionBuildsNoCommand(Workspace workspace) {
        assertEquals(Set.of(), built(workspace, "--version"));
        assertEquals(Set.of(), built(workspace, "--color", "never", "-V"));
    }

    @Test
    void aNamedCommandIsBuiltAlone(Workspace workspace) {
        assertEquals(Set.of("ll"), built(workspace, "ll", "--json"));
        assertEquals(Set.of("group"), built(workspace, "--color", "never", "group", "ls"));
        assertEquals(Set.of("st"), built(workspace, "st", "--help"));
    }

    @Test
    void helpAndUnknownWordsBuildEveryCommand(Workspace workspace) {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("--help"), List.of("-V", "-h"), List.of("nope"))) {
            Set<String> names = built(workspace, args.toArray(String[]::new));
            assertTrue(names.containsAll(BuiltInCommands.NAMES) && names.containsAll(Set.of("st", "fetch")), args + ": " + names);
        }
    }

    /** The starts that link the native spawner ahead: those that run commands in repos, not help, not the rest. */
    @Test
    void commandsInReposAreKnownBeforeTheyAreBuilt() {
        for (List<String> args : List.of(List.of("ll"), List.of("--color", "never", "st", "-j", "2"), List.of("fetch", "--", "-h"),
                List.of("super", "log"), List.of("shell", "ls"), List.of("sync"), List.of("clone", "x"))) {
            assertTrue(CommandsNeeded.runInRepos(args.toArray(String[]::new)), args.toString());
        }
        for (List<String> args : List.<List<String>>of(List.of(), List.of("--version"), List.of("ll", "--help"), List.of("st", "-h"),
                List.of("ls"), List.of("group", "ls"), List.of("add", "."), List.of("info"))) {
            assertFalse(CommandsNeeded.runInRepos(args.toArray(String[]::new)), args.toString());
        }
    }

    private static Set<String> built(Workspace workspace, String... args) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        Session session = new Session(workspace.env(), workspace.root(), new ByteArrayInputStream(new byte[0]), sink, sink,
                () -> Terminal.PIPE);
        return ShoalCli.commandLine(session, args).getSubcommands().keySet();
    }

    /**
     * The launcher picks the AOT cache of a start's family before Java runs (bin/lib/launch.sh,
     * shoal_family): its list of shoal's own commands must be this one, and the command it finds in the
     * arguments the one a start builds, a help asked of shoal (before any --) aside, which reads the help
     * cache; a real bash runs it.
     */
    @Test
    void theLauncherFindsTheSameCommandAndKnowsShoalsOwn() throws Exception {
        Set<String> own = new HashSet<>(BuiltInCommands.NAMES);
        own.remove("__train"); // the launcher runs the training itself, never through a family
        List<List<String>> lines = List.of(List.of(), List.of("--version"), List.of("--help", "-h"), List.of("--color=never"),
                List.of("-V"), List.of("--color", "never", "--version"), List.of("--version", "-h"), List.of("-V", "ll"),
                List.of("shell", "--", "grep", "-h", "x"), List.of("fetch", "--", "--help"),
                List.of("ll"), List.of("--color", "never", "ll", "-q"), List.of("--color=always", "group", "ll"),
                List.of("fetch", "--", "ll"), List.of("st"), List.of("lll"), List.of("ll info"), List.of("__train", "ll"),
                List.of("ll", "--help"), List.of("group", "ll", "-h"), List.of("st", "--help"));
        assertEquals(own, Set.of(launcher("echo $SHOAL_OWN_COMMANDS").split(" ")), "the launcher's list of shoal's own commands");
        for (String family : List.of(TrainCommand.VERSION, TrainCommand.HELP, TrainCommand.GIT)) {
            assertFalse(own.contains(family), family + " names a family of its own and cannot name a command's");
        }
        for (String name : own) {
            assertEquals(name, family(List.of(name)), "shoal's own command " + name);
        }
        for (List<String> line : lines) {
            CommandsNeeded needed = CommandsNeeded.of(line.toArray(String[]::new));
            List<String> shoals = line.contains("--") ? line.subList(0, line.indexOf("--")) : line;
            String expected = shoals.contains("--help") || shoals.contains("-h") ? TrainCommand.HELP
                    : needed.equals(CommandsNeeded.NONE) ? TrainCommand.VERSION
                    : needed.named() == null ? TrainCommand.HELP
                    : own.contains(needed.named()) ? needed.named() : TrainCommand.GIT;
            assertEquals(expected, family(line), line.toString());
        }
    }

    /** What bin/lib/launch.sh's shoal_family makes of these arguments. */
    private static String family(List<String> args) {
        return launcher("shoal_family \"$@\" && echo \"$shoal_family\"", args.toArray(String[]::new));
    }

    /** What the bash script prints with bin/lib/launch.sh sourced and the arguments as $1, $2... */
    private static String launcher(String script, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", "-c", ". bin/lib/launch.sh && " + script, "bash"));
        command.addAll(List.of(args));
        ProcessResult result = ProcessResult.run(command, Path.of("").toAbsolutePath(), System.getenv());
        assertEquals(0, result.exitCode(), result.stderr());
        return result.stdout().strip();
    }
}
