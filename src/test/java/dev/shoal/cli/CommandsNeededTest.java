package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Terminal;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
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

    private static Set<String> built(Workspace workspace, String... args) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        Session session = new Session(workspace.env(), workspace.root(), new ByteArrayInputStream(new byte[0]), sink, sink,
                () -> Terminal.PIPE);
        return ShoalCli.commandLine(session, args).getSubcommands().keySet();
    }
}
