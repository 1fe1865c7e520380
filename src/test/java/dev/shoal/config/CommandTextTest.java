package dev.shoal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Durations and command strings as people write them in commands.yml and on the command line. */
class CommandTextTest {
    @Test
    void durations() {
        assertEquals(Duration.ofSeconds(90), DurationValue.parse("90"));
        assertEquals(Duration.ofMinutes(90), DurationValue.parse("1h30m"));
        assertEquals(Duration.ofMillis(500), DurationValue.parse("500ms"));
        assertEquals("1h30m", DurationValue.format(DurationValue.parse("90m")));
        assertEquals("2s500ms", DurationValue.format(Duration.ofMillis(2500)));
        assertThrows(IllegalArgumentException.class, () -> DurationValue.parse("0s"));
        assertThrows(IllegalArgumentException.class, () -> DurationValue.parse("5 min"));
    }

    @Test
    void commandStringsSplitAsAShellWouldWithoutExpanding() {
        assertEquals(List.of("git", "log", "--format=%h %s", "$HOME", "a\"b", "it's", ""),
                CommandWords.split("git  log --format='%h %s' $HOME \"a\\\"b\" it\\'s ''"));
        assertThrows(IllegalArgumentException.class, () -> CommandWords.split("git log 'open"));
    }
}
