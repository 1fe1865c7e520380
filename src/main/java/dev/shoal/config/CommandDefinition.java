package dev.shoal.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A command from commands.yml: {@code cmd} as words (for a shell command, one word: the script), its
 * help line, whether naming no repo means all ({@code allowAll}), whether it runs through {@code sh -c},
 * whether it wants the terminal, and its timeout.
 */
public record CommandDefinition(String name, List<String> cmd, String help, boolean allowAll, boolean shell,
                                boolean interactive, Optional<Duration> timeout) {
    public CommandDefinition {
        cmd = List.copyOf(cmd);
    }
}
