package dev.shoal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped commands as the build parsed them are the shipped commands.yml's, and a user's file still counts. */
class ShippedCommandsTest {
    @Test
    void theBuildsFileHoldsTheShippedCommandsYml(@TempDir Path home) {
        List<CommandDefinition> parsed = CommandCatalog.fromYaml(new ConfigHome(home), Set.of());
        assertTrue(parsed.size() > 10, parsed.toString());
        assertEquals(Optional.of(parsed), ShippedCommands.read());
        assertEquals(parsed, CommandCatalog.load(new ConfigHome(home), Set.of()));
    }

    @Test
    void everyFieldAndAwkwardTextComeBackAsWritten() {
        List<CommandDefinition> definitions = List.of(
                new CommandDefinition("tabs", List.of("git", "log", "--format=%h\t%s", "back\\slash"), "two\nlines", true, false, true,
                        Optional.of(Duration.ofSeconds(90))),
                new CommandDefinition("script", List.of("echo \"$1\" | tr a b"), "", false, true, false, Optional.empty()));
        assertEquals(definitions, ShippedCommands.parse(ShippedCommands.text(definitions)));
    }

    @Test
    void aUsersCommandsYmlIsReadWithTheShippedOnes(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("commands.yml"), "fetch:\n  timeout: 5m\nmine:\n  cmd: git log -1\n");
        List<CommandDefinition> commands = CommandCatalog.load(new ConfigHome(home), Set.of());
        CommandDefinition fetch = commands.stream().filter(c -> c.name().equals("fetch")).findFirst().orElseThrow();
        assertEquals(Optional.of(Duration.ofMinutes(5)), fetch.timeout());
        assertEquals(List.of("git", "fetch"), fetch.cmd());
        assertTrue(commands.stream().anyMatch(c -> c.name().equals("mine")), commands.toString());
    }
}
