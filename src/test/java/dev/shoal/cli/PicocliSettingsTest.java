package dev.shoal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shoal.testing.Workspace;
import dev.shoal.testing.WorkspaceExtension;
import dev.shoal.ui.Terminal;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** The converters shoal tells picocli not to make are of no type an option or parameter of the command model has. */
@ExtendWith(WorkspaceExtension.class)
class PicocliSettingsTest {
    private static final List<String> UNUSED = List.of(PicocliSettings.UNUSED_CONVERTERS.split(","));

    @Test
    void noOptionOrParameterIsOfATypeWhoseConverterIsLeftOut(Workspace workspace) {
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        Session session = new Session(workspace.env(), workspace.root(), new ByteArrayInputStream(new byte[0]), sink, sink,
                () -> Terminal.PIPE);
        List<String> types = new ArrayList<>();
        collectTypes(ShoalCli.commandLine(session), types);
        assertTrue(types.contains("java.time.Duration"), "the walk reaches --timeout: " + types);
        for (String type : types) {
            assertFalse(leftOut(type), type + " is an option's type, and its converter is left out");
        }
    }

    @Test
    void theListLeavesOutWhatItSays() {
        for (String type : List.of("java.sql.Timestamp", "java.sql.Connection", "java.time.Instant", "java.time.MonthDay",
                "java.time.ZoneId")) {
            assertTrue(leftOut(type), type);
        }
        for (String type : List.of("java.time.Duration", "java.nio.file.Path", "java.lang.String", "java.io.File")) {
            assertFalse(leftOut(type), type);
        }
    }

    @Test
    void theSettingsAreInPlaceOnceACommandLineIsBuilt(Workspace workspace) {
        workspace.shoal("--version");
        assertEquals(PicocliSettings.UNUSED_CONVERTERS, System.getProperty("picocli.converters.excludes"));
        assertEquals("true", System.getProperty("picocli.disable.closures"));
    }

    private static boolean leftOut(String type) {
        return UNUSED.stream().anyMatch(type::matches);
    }

    private static void collectTypes(CommandLine command, List<String> types) {
        for (ArgSpec arg : command.getCommandSpec().args()) {
            types.add(arg.type().getName());
            Arrays.stream(arg.auxiliaryTypes()).map(Class::getName).forEach(types::add);
        }
        command.getSubcommands().values().forEach(sub -> collectTypes(sub, types));
    }
}
